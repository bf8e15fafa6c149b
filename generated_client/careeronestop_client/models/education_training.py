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

T = TypeVar("T", bound="EducationTraining")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "EducationType",
        "EducationCode",
        "EducationTitle",
        "ExperienceCode",
        "ExperienceTitle",
        "TrainingCode",
        "TrainingTitle",
        "OccupationTitle",
        "MatOccupation",
    }
)


@_attrs_define
class EducationTraining:
    """Education and training facts from BLS Employment Projections for the SOC-level occupation."""

    education_type: list[EducationAttainmentShare] | None = None
    """ How current workers aged 25+ are distributed across education levels. The percentages sum to about 100. """
    education_code: str | None = None
    """ Typical entry education code: 1 doctoral/professional, 2 master's, 3 bachelor's, 4 associate's, 5
    postsecondary non-degree, 6 some college, 7 high school, 9 none. """
    education_title: str | None = None
    """ Label for EducationCode. """
    experience_code: str | None = None
    """ Related work experience: 1 five years or more, 2 less than five years, 3 none. """
    experience_title: str | None = None
    """ Label for ExperienceCode. """
    training_code: str | None = None
    """ Typical on-the-job training: 1 internship/residency, 2 apprenticeship, 3 long-term, 4 moderate-term, 5
    short-term, 6 none. """
    training_title: str | None = None
    """ Label for TrainingCode. """
    occupation_title: str | None = None
    """ Title in the EP matrix. """
    mat_occupation: MatrixOccupation | None = None
    """ The EP-matrix occupation that the education figures describe. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "education_type": "EducationType",
        "education_code": "EducationCode",
        "education_title": "EducationTitle",
        "experience_code": "ExperienceCode",
        "experience_title": "ExperienceTitle",
        "training_code": "TrainingCode",
        "training_title": "TrainingTitle",
        "occupation_title": "OccupationTitle",
        "mat_occupation": "MatOccupation",
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
        if self.education_type is not None:
            field_dict["EducationType"] = _dump(self.education_type)
        elif "education_type" in self._sent_null:
            field_dict["EducationType"] = None
        if self.education_code is not None:
            field_dict["EducationCode"] = self.education_code
        elif "education_code" in self._sent_null:
            field_dict["EducationCode"] = None
        if self.education_title is not None:
            field_dict["EducationTitle"] = self.education_title
        elif "education_title" in self._sent_null:
            field_dict["EducationTitle"] = None
        if self.experience_code is not None:
            field_dict["ExperienceCode"] = self.experience_code
        elif "experience_code" in self._sent_null:
            field_dict["ExperienceCode"] = None
        if self.experience_title is not None:
            field_dict["ExperienceTitle"] = self.experience_title
        elif "experience_title" in self._sent_null:
            field_dict["ExperienceTitle"] = None
        if self.training_code is not None:
            field_dict["TrainingCode"] = self.training_code
        elif "training_code" in self._sent_null:
            field_dict["TrainingCode"] = None
        if self.training_title is not None:
            field_dict["TrainingTitle"] = self.training_title
        elif "training_title" in self._sent_null:
            field_dict["TrainingTitle"] = None
        if self.occupation_title is not None:
            field_dict["OccupationTitle"] = self.occupation_title
        elif "occupation_title" in self._sent_null:
            field_dict["OccupationTitle"] = None
        if self.mat_occupation is not None:
            field_dict["MatOccupation"] = _dump(self.mat_occupation)
        elif "mat_occupation" in self._sent_null:
            field_dict["MatOccupation"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.education_type = None
            obj.education_code = None
            obj.education_title = None
            obj.experience_code = None
            obj.experience_title = None
            obj.training_code = None
            obj.training_title = None
            obj.occupation_title = None
            obj.mat_occupation = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("EducationType")
        if v is None:
            if "EducationType" in src_dict:
                known += 1
                obj._sent_null += ("education_type",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_EducationAttainmentShare(item0) for item0 in v]
        obj.education_type = v
        v = src_dict.get("EducationCode")
        if v is None:
            if "EducationCode" in src_dict:
                known += 1
                obj._sent_null += ("education_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.education_code = v
        v = src_dict.get("EducationTitle")
        if v is None:
            if "EducationTitle" in src_dict:
                known += 1
                obj._sent_null += ("education_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.education_title = v
        v = src_dict.get("ExperienceCode")
        if v is None:
            if "ExperienceCode" in src_dict:
                known += 1
                obj._sent_null += ("experience_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.experience_code = v
        v = src_dict.get("ExperienceTitle")
        if v is None:
            if "ExperienceTitle" in src_dict:
                known += 1
                obj._sent_null += ("experience_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.experience_title = v
        v = src_dict.get("TrainingCode")
        if v is None:
            if "TrainingCode" in src_dict:
                known += 1
                obj._sent_null += ("training_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.training_code = v
        v = src_dict.get("TrainingTitle")
        if v is None:
            if "TrainingTitle" in src_dict:
                known += 1
                obj._sent_null += ("training_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.training_title = v
        v = src_dict.get("OccupationTitle")
        if v is None:
            if "OccupationTitle" in src_dict:
                known += 1
                obj._sent_null += ("occupation_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.occupation_title = v
        v = src_dict.get("MatOccupation")
        if v is None:
            if "MatOccupation" in src_dict:
                known += 1
                obj._sent_null += ("mat_occupation",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_MatrixOccupation(v)
        obj.mat_occupation = v
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
from ..models.education_attainment_share import EducationAttainmentShare  # noqa: E402
from ..models.matrix_occupation import MatrixOccupation  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_EducationAttainmentShare = EducationAttainmentShare.from_dict
_from_dict_MatrixOccupation = MatrixOccupation.from_dict
