from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..types import UNSET, Unset

T = TypeVar("T", bound="License")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "ID",
        "Title",
        "Description",
        "State",
        "ActiveStatusDesc",
        "CertificationIndDesc",
        "ContinuingEDUIndDesc",
        "CriminalIndDesc",
        "EducationIndDesc",
        "LicExamIndDesc",
        "ExperienceIndDesc",
        "VeteransIndDesc",
        "Agency",
    }
)


@_attrs_define
class License:
    """An occupational license. The fields are unverified, taken from a third-party summary of the API Explorer."""

    id: str | None = None
    title: str | None = None
    description: str | None = None
    state: str | None = None
    active_status_desc: str | None = None
    certification_ind_desc: str | None = None
    continuing_edu_ind_desc: str | None = None
    criminal_ind_desc: str | None = None
    education_ind_desc: str | None = None
    lic_exam_ind_desc: str | None = None
    experience_ind_desc: str | None = None
    veterans_ind_desc: str | None = None
    agency: LicensingAgency | None = None
    """ Agency that issues the license. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "id": "ID",
        "title": "Title",
        "description": "Description",
        "state": "State",
        "active_status_desc": "ActiveStatusDesc",
        "certification_ind_desc": "CertificationIndDesc",
        "continuing_edu_ind_desc": "ContinuingEDUIndDesc",
        "criminal_ind_desc": "CriminalIndDesc",
        "education_ind_desc": "EducationIndDesc",
        "lic_exam_ind_desc": "LicExamIndDesc",
        "experience_ind_desc": "ExperienceIndDesc",
        "veterans_ind_desc": "VeteransIndDesc",
        "agency": "Agency",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset({})
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "id" in self._sent_null:
            field_dict["ID"] = None
        if self.title is not None:
            field_dict["Title"] = self.title
        elif "title" in self._sent_null:
            field_dict["Title"] = None
        if self.description is not None:
            field_dict["Description"] = self.description
        elif "description" in self._sent_null:
            field_dict["Description"] = None
        if self.state is not None:
            field_dict["State"] = self.state
        elif "state" in self._sent_null:
            field_dict["State"] = None
        if self.active_status_desc is not None:
            field_dict["ActiveStatusDesc"] = self.active_status_desc
        elif "active_status_desc" in self._sent_null:
            field_dict["ActiveStatusDesc"] = None
        if self.certification_ind_desc is not None:
            field_dict["CertificationIndDesc"] = self.certification_ind_desc
        elif "certification_ind_desc" in self._sent_null:
            field_dict["CertificationIndDesc"] = None
        if self.continuing_edu_ind_desc is not None:
            field_dict["ContinuingEDUIndDesc"] = self.continuing_edu_ind_desc
        elif "continuing_edu_ind_desc" in self._sent_null:
            field_dict["ContinuingEDUIndDesc"] = None
        if self.criminal_ind_desc is not None:
            field_dict["CriminalIndDesc"] = self.criminal_ind_desc
        elif "criminal_ind_desc" in self._sent_null:
            field_dict["CriminalIndDesc"] = None
        if self.education_ind_desc is not None:
            field_dict["EducationIndDesc"] = self.education_ind_desc
        elif "education_ind_desc" in self._sent_null:
            field_dict["EducationIndDesc"] = None
        if self.lic_exam_ind_desc is not None:
            field_dict["LicExamIndDesc"] = self.lic_exam_ind_desc
        elif "lic_exam_ind_desc" in self._sent_null:
            field_dict["LicExamIndDesc"] = None
        if self.experience_ind_desc is not None:
            field_dict["ExperienceIndDesc"] = self.experience_ind_desc
        elif "experience_ind_desc" in self._sent_null:
            field_dict["ExperienceIndDesc"] = None
        if self.veterans_ind_desc is not None:
            field_dict["VeteransIndDesc"] = self.veterans_ind_desc
        elif "veterans_ind_desc" in self._sent_null:
            field_dict["VeteransIndDesc"] = None
        if self.agency is not None:
            field_dict["Agency"] = _dump(self.agency)
        elif "agency" in self._sent_null:
            field_dict["Agency"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.id = None
            obj.title = None
            obj.description = None
            obj.state = None
            obj.active_status_desc = None
            obj.certification_ind_desc = None
            obj.continuing_edu_ind_desc = None
            obj.criminal_ind_desc = None
            obj.education_ind_desc = None
            obj.lic_exam_ind_desc = None
            obj.experience_ind_desc = None
            obj.veterans_ind_desc = None
            obj.agency = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("ID")
        if v is None:
            if "ID" in src_dict:
                known += 1
                obj._sent_null += ("id",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.id = v
        v = src_dict.get("Title")
        if v is None:
            if "Title" in src_dict:
                known += 1
                obj._sent_null += ("title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.title = v
        v = src_dict.get("Description")
        if v is None:
            if "Description" in src_dict:
                known += 1
                obj._sent_null += ("description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.description = v
        v = src_dict.get("State")
        if v is None:
            if "State" in src_dict:
                known += 1
                obj._sent_null += ("state",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.state = v
        v = src_dict.get("ActiveStatusDesc")
        if v is None:
            if "ActiveStatusDesc" in src_dict:
                known += 1
                obj._sent_null += ("active_status_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.active_status_desc = v
        v = src_dict.get("CertificationIndDesc")
        if v is None:
            if "CertificationIndDesc" in src_dict:
                known += 1
                obj._sent_null += ("certification_ind_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.certification_ind_desc = v
        v = src_dict.get("ContinuingEDUIndDesc")
        if v is None:
            if "ContinuingEDUIndDesc" in src_dict:
                known += 1
                obj._sent_null += ("continuing_edu_ind_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.continuing_edu_ind_desc = v
        v = src_dict.get("CriminalIndDesc")
        if v is None:
            if "CriminalIndDesc" in src_dict:
                known += 1
                obj._sent_null += ("criminal_ind_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.criminal_ind_desc = v
        v = src_dict.get("EducationIndDesc")
        if v is None:
            if "EducationIndDesc" in src_dict:
                known += 1
                obj._sent_null += ("education_ind_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.education_ind_desc = v
        v = src_dict.get("LicExamIndDesc")
        if v is None:
            if "LicExamIndDesc" in src_dict:
                known += 1
                obj._sent_null += ("lic_exam_ind_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.lic_exam_ind_desc = v
        v = src_dict.get("ExperienceIndDesc")
        if v is None:
            if "ExperienceIndDesc" in src_dict:
                known += 1
                obj._sent_null += ("experience_ind_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.experience_ind_desc = v
        v = src_dict.get("VeteransIndDesc")
        if v is None:
            if "VeteransIndDesc" in src_dict:
                known += 1
                obj._sent_null += ("veterans_ind_desc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.veterans_ind_desc = v
        v = src_dict.get("Agency")
        if v is None:
            if "Agency" in src_dict:
                known += 1
                obj._sent_null += ("agency",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_LicensingAgency(v)
        obj.agency = v
        if len(src_dict) == known:
            return obj  # no additional properties: made on first read (_extras_on_first_use)
        _drifted()  # keys the spec does not name: the response checks report them
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        obj.additional_properties = d

        return obj

    def fields_sent(self) -> frozenset[str]:
        """Names of the fields the server sent, null included (absent and null optional fields both read None)."""
        return _fields_sent(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.licensing_agency import LicensingAgency  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_LicensingAgency = LicensingAgency.from_dict
