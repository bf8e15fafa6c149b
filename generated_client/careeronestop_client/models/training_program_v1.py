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

T = TypeVar("T", bound="TrainingProgramV1")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "ID",
        "SchoolName",
        "SchoolUrl",
        "Address",
        "City",
        "StateAbbr",
        "StateName",
        "Zip",
        "Phone",
        "Distance",
        "Region",
        "RegionCode",
        "TotalEnrollment",
        "ProgramName",
        "StudentGraduated",
        "ElementID",
        "ProgramLength",
        "Occupationslist",
    }
)


@_attrs_define
class TrainingProgramV1:
    """A training program row (v1)."""

    id: str | None = None
    school_name: str | None = None
    school_url: str | None = None
    """ Website (mixed-case Url in v1). """
    address: str | None = None
    city: str | None = None
    state_abbr: str | None = None
    state_name: str | None = None
    zip_: str | None = None
    phone: str | None = None
    distance: None | str = None
    """ Miles from the location, as a numeric string. One client typed it as a number.: null """
    region: str | None = None
    region_code: str | None = None
    total_enrollment: None | str = None
    """ School enrollment, as a numeric string. One client typed it as a number.: null """
    program_name: str | None = None
    student_graduated: str | None = None
    element_id: str | None = None
    """ Program element id (upper-case ID on this route). """
    program_length: list[NameValuePair] | None = None
    occupationslist: list[NameValuePair] | None = None
    """ Related occupations (note the lower-case l). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "id": "ID",
        "school_name": "SchoolName",
        "school_url": "SchoolUrl",
        "address": "Address",
        "city": "City",
        "state_abbr": "StateAbbr",
        "state_name": "StateName",
        "zip_": "Zip",
        "phone": "Phone",
        "distance": "Distance",
        "region": "Region",
        "region_code": "RegionCode",
        "total_enrollment": "TotalEnrollment",
        "program_name": "ProgramName",
        "student_graduated": "StudentGraduated",
        "element_id": "ElementID",
        "program_length": "ProgramLength",
        "occupationslist": "Occupationslist",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "distance",
            "total_enrollment",
        }
    )
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
        if self.school_name is not None:
            field_dict["SchoolName"] = self.school_name
        elif "school_name" in self._sent_null:
            field_dict["SchoolName"] = None
        if self.school_url is not None:
            field_dict["SchoolUrl"] = self.school_url
        elif "school_url" in self._sent_null:
            field_dict["SchoolUrl"] = None
        if self.address is not None:
            field_dict["Address"] = self.address
        elif "address" in self._sent_null:
            field_dict["Address"] = None
        if self.city is not None:
            field_dict["City"] = self.city
        elif "city" in self._sent_null:
            field_dict["City"] = None
        if self.state_abbr is not None:
            field_dict["StateAbbr"] = self.state_abbr
        elif "state_abbr" in self._sent_null:
            field_dict["StateAbbr"] = None
        if self.state_name is not None:
            field_dict["StateName"] = self.state_name
        elif "state_name" in self._sent_null:
            field_dict["StateName"] = None
        if self.zip_ is not None:
            field_dict["Zip"] = self.zip_
        elif "zip_" in self._sent_null:
            field_dict["Zip"] = None
        if self.phone is not None:
            field_dict["Phone"] = self.phone
        elif "phone" in self._sent_null:
            field_dict["Phone"] = None
        if self.distance is not None:
            field_dict["Distance"] = self.distance
        elif "distance" in self._sent_null:
            field_dict["Distance"] = None
        if self.region is not None:
            field_dict["Region"] = self.region
        elif "region" in self._sent_null:
            field_dict["Region"] = None
        if self.region_code is not None:
            field_dict["RegionCode"] = self.region_code
        elif "region_code" in self._sent_null:
            field_dict["RegionCode"] = None
        if self.total_enrollment is not None:
            field_dict["TotalEnrollment"] = self.total_enrollment
        elif "total_enrollment" in self._sent_null:
            field_dict["TotalEnrollment"] = None
        if self.program_name is not None:
            field_dict["ProgramName"] = self.program_name
        elif "program_name" in self._sent_null:
            field_dict["ProgramName"] = None
        if self.student_graduated is not None:
            field_dict["StudentGraduated"] = self.student_graduated
        elif "student_graduated" in self._sent_null:
            field_dict["StudentGraduated"] = None
        if self.element_id is not None:
            field_dict["ElementID"] = self.element_id
        elif "element_id" in self._sent_null:
            field_dict["ElementID"] = None
        if self.program_length is not None:
            field_dict["ProgramLength"] = _dump(self.program_length)
        elif "program_length" in self._sent_null:
            field_dict["ProgramLength"] = None
        if self.occupationslist is not None:
            field_dict["Occupationslist"] = _dump(self.occupationslist)
        elif "occupationslist" in self._sent_null:
            field_dict["Occupationslist"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.id = None
            obj.school_name = None
            obj.school_url = None
            obj.address = None
            obj.city = None
            obj.state_abbr = None
            obj.state_name = None
            obj.zip_ = None
            obj.phone = None
            obj.distance = None
            obj.region = None
            obj.region_code = None
            obj.total_enrollment = None
            obj.program_name = None
            obj.student_graduated = None
            obj.element_id = None
            obj.program_length = None
            obj.occupationslist = None
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
        v = src_dict.get("SchoolName")
        if v is None:
            if "SchoolName" in src_dict:
                known += 1
                obj._sent_null += ("school_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.school_name = v
        v = src_dict.get("SchoolUrl")
        if v is None:
            if "SchoolUrl" in src_dict:
                known += 1
                obj._sent_null += ("school_url",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.school_url = v
        v = src_dict.get("Address")
        if v is None:
            if "Address" in src_dict:
                known += 1
                obj._sent_null += ("address",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.address = v
        v = src_dict.get("City")
        if v is None:
            if "City" in src_dict:
                known += 1
                obj._sent_null += ("city",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.city = v
        v = src_dict.get("StateAbbr")
        if v is None:
            if "StateAbbr" in src_dict:
                known += 1
                obj._sent_null += ("state_abbr",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.state_abbr = v
        v = src_dict.get("StateName")
        if v is None:
            if "StateName" in src_dict:
                known += 1
                obj._sent_null += ("state_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.state_name = v
        v = src_dict.get("Zip")
        if v is None:
            if "Zip" in src_dict:
                known += 1
                obj._sent_null += ("zip_",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.zip_ = v
        v = src_dict.get("Phone")
        if v is None:
            if "Phone" in src_dict:
                known += 1
                obj._sent_null += ("phone",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.phone = v
        v = src_dict.get("Distance")
        if v is None:
            if "Distance" in src_dict:
                known += 1
                obj._sent_null += ("distance",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.distance = v
        v = src_dict.get("Region")
        if v is None:
            if "Region" in src_dict:
                known += 1
                obj._sent_null += ("region",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.region = v
        v = src_dict.get("RegionCode")
        if v is None:
            if "RegionCode" in src_dict:
                known += 1
                obj._sent_null += ("region_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.region_code = v
        v = src_dict.get("TotalEnrollment")
        if v is None:
            if "TotalEnrollment" in src_dict:
                known += 1
                obj._sent_null += ("total_enrollment",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.total_enrollment = v
        v = src_dict.get("ProgramName")
        if v is None:
            if "ProgramName" in src_dict:
                known += 1
                obj._sent_null += ("program_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.program_name = v
        v = src_dict.get("StudentGraduated")
        if v is None:
            if "StudentGraduated" in src_dict:
                known += 1
                obj._sent_null += ("student_graduated",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.student_graduated = v
        v = src_dict.get("ElementID")
        if v is None:
            if "ElementID" in src_dict:
                known += 1
                obj._sent_null += ("element_id",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.element_id = v
        v = src_dict.get("ProgramLength")
        if v is None:
            if "ProgramLength" in src_dict:
                known += 1
                obj._sent_null += ("program_length",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_NameValuePair(item0) for item0 in v]
        obj.program_length = v
        v = src_dict.get("Occupationslist")
        if v is None:
            if "Occupationslist" in src_dict:
                known += 1
                obj._sent_null += ("occupationslist",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_NameValuePair(item0) for item0 in v]
        obj.occupationslist = v
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
from ..models.name_value_pair import NameValuePair  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_NameValuePair = NameValuePair.from_dict
