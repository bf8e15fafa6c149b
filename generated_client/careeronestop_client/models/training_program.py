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

T = TypeVar("T", bound="TrainingProgram")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "DetailId",
        "SchoolName",
        "EtaProgramName",
        "CipTitle",
        "CipCode",
        "AwardLevel",
        "Credential",
        "Format",
        "City",
        "StateAbbr",
        "SchoolURL",
        "Distance",
    }
)


@_attrs_define
class TrainingProgram:
    """A training program (v2)."""

    detail_id: str | None = None
    """ Id for Get Training Program Details. """
    school_name: str | None = None
    eta_program_name: None | str = None
    cip_title: None | str = None
    cip_code: None | str = None
    award_level: None | str = None
    credential: None | str = None
    format_: list[str] | None = None
    """ Delivery formats. """
    city: str | None = None
    state_abbr: str | None = None
    school_url: None | str = None
    """ School website (upper-case URL in v2). """
    distance: None | str = None
    """ Miles from the location, as a numeric string. One client typed it as a number.: null """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "detail_id": "DetailId",
        "school_name": "SchoolName",
        "eta_program_name": "EtaProgramName",
        "cip_title": "CipTitle",
        "cip_code": "CipCode",
        "award_level": "AwardLevel",
        "credential": "Credential",
        "format_": "Format",
        "city": "City",
        "state_abbr": "StateAbbr",
        "school_url": "SchoolURL",
        "distance": "Distance",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "eta_program_name",
            "cip_title",
            "cip_code",
            "award_level",
            "credential",
            "format_",
            "school_url",
            "distance",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.detail_id is not None:
            field_dict["DetailId"] = self.detail_id
        elif "detail_id" in self._sent_null:
            field_dict["DetailId"] = None
        if self.school_name is not None:
            field_dict["SchoolName"] = self.school_name
        elif "school_name" in self._sent_null:
            field_dict["SchoolName"] = None
        if self.eta_program_name is not None:
            field_dict["EtaProgramName"] = self.eta_program_name
        elif "eta_program_name" in self._sent_null:
            field_dict["EtaProgramName"] = None
        if self.cip_title is not None:
            field_dict["CipTitle"] = self.cip_title
        elif "cip_title" in self._sent_null:
            field_dict["CipTitle"] = None
        if self.cip_code is not None:
            field_dict["CipCode"] = self.cip_code
        elif "cip_code" in self._sent_null:
            field_dict["CipCode"] = None
        if self.award_level is not None:
            field_dict["AwardLevel"] = self.award_level
        elif "award_level" in self._sent_null:
            field_dict["AwardLevel"] = None
        if self.credential is not None:
            field_dict["Credential"] = self.credential
        elif "credential" in self._sent_null:
            field_dict["Credential"] = None
        if self.format_ is not None:
            field_dict["Format"] = self.format_
        elif "format_" in self._sent_null:
            field_dict["Format"] = None
        if self.city is not None:
            field_dict["City"] = self.city
        elif "city" in self._sent_null:
            field_dict["City"] = None
        if self.state_abbr is not None:
            field_dict["StateAbbr"] = self.state_abbr
        elif "state_abbr" in self._sent_null:
            field_dict["StateAbbr"] = None
        if self.school_url is not None:
            field_dict["SchoolURL"] = self.school_url
        elif "school_url" in self._sent_null:
            field_dict["SchoolURL"] = None
        if self.distance is not None:
            field_dict["Distance"] = self.distance
        elif "distance" in self._sent_null:
            field_dict["Distance"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.detail_id = None
            obj.school_name = None
            obj.eta_program_name = None
            obj.cip_title = None
            obj.cip_code = None
            obj.award_level = None
            obj.credential = None
            obj.format_ = None
            obj.city = None
            obj.state_abbr = None
            obj.school_url = None
            obj.distance = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("DetailId")
        if v is None:
            if "DetailId" in src_dict:
                known += 1
                obj._sent_null += ("detail_id",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.detail_id = v
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
        v = src_dict.get("EtaProgramName")
        if v is None:
            if "EtaProgramName" in src_dict:
                known += 1
                obj._sent_null += ("eta_program_name",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.eta_program_name = v
        v = src_dict.get("CipTitle")
        if v is None:
            if "CipTitle" in src_dict:
                known += 1
                obj._sent_null += ("cip_title",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.cip_title = v
        v = src_dict.get("CipCode")
        if v is None:
            if "CipCode" in src_dict:
                known += 1
                obj._sent_null += ("cip_code",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.cip_code = v
        v = src_dict.get("AwardLevel")
        if v is None:
            if "AwardLevel" in src_dict:
                known += 1
                obj._sent_null += ("award_level",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.award_level = v
        v = src_dict.get("Credential")
        if v is None:
            if "Credential" in src_dict:
                known += 1
                obj._sent_null += ("credential",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.credential = v
        v = src_dict.get("Format")
        if v is None:
            if "Format" in src_dict:
                known += 1
                obj._sent_null += ("format_",)
        else:
            known += 1
            if not (type(v) is list):
                _drifted()
        obj.format_ = v
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
        v = src_dict.get("SchoolURL")
        if v is None:
            if "SchoolURL" in src_dict:
                known += 1
                obj._sent_null += ("school_url",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.school_url = v
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
