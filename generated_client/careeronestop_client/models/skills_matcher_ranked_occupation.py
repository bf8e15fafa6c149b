from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsMatcherRankedOccupation")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "OnetCode",
        "OccupationTitle",
        "Rank",
        "Score",
        "Outlook",
        "AnnualWages",
        "TypicalEducation",
    }
)


@_attrs_define
class SkillsMatcherRankedOccupation:
    """One matching occupation."""

    onet_code: str | None = None
    occupation_title: str | None = None
    rank: str | None = None
    """ 1 is the best match (a numeric string; one client typed it as a number). """
    score: str | None = None
    """ Match score (a numeric string; one client typed it as a number). """
    outlook: str | None = None
    annual_wages: str | None = None
    """ Median annual wage (a numeric string; one client typed it as a number). """
    typical_education: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "onet_code": "OnetCode",
        "occupation_title": "OccupationTitle",
        "rank": "Rank",
        "score": "Score",
        "outlook": "Outlook",
        "annual_wages": "AnnualWages",
        "typical_education": "TypicalEducation",
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
        if self.onet_code is not None:
            field_dict["OnetCode"] = self.onet_code
        elif "onet_code" in self._sent_null:
            field_dict["OnetCode"] = None
        if self.occupation_title is not None:
            field_dict["OccupationTitle"] = self.occupation_title
        elif "occupation_title" in self._sent_null:
            field_dict["OccupationTitle"] = None
        if self.rank is not None:
            field_dict["Rank"] = self.rank
        elif "rank" in self._sent_null:
            field_dict["Rank"] = None
        if self.score is not None:
            field_dict["Score"] = self.score
        elif "score" in self._sent_null:
            field_dict["Score"] = None
        if self.outlook is not None:
            field_dict["Outlook"] = self.outlook
        elif "outlook" in self._sent_null:
            field_dict["Outlook"] = None
        if self.annual_wages is not None:
            field_dict["AnnualWages"] = self.annual_wages
        elif "annual_wages" in self._sent_null:
            field_dict["AnnualWages"] = None
        if self.typical_education is not None:
            field_dict["TypicalEducation"] = self.typical_education
        elif "typical_education" in self._sent_null:
            field_dict["TypicalEducation"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.onet_code = None
            obj.occupation_title = None
            obj.rank = None
            obj.score = None
            obj.outlook = None
            obj.annual_wages = None
            obj.typical_education = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("OnetCode")
        if v is None:
            if "OnetCode" in src_dict:
                known += 1
                obj._sent_null += ("onet_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.onet_code = v
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
        v = src_dict.get("Rank")
        if v is None:
            if "Rank" in src_dict:
                known += 1
                obj._sent_null += ("rank",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.rank = v
        v = src_dict.get("Score")
        if v is None:
            if "Score" in src_dict:
                known += 1
                obj._sent_null += ("score",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.score = v
        v = src_dict.get("Outlook")
        if v is None:
            if "Outlook" in src_dict:
                known += 1
                obj._sent_null += ("outlook",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.outlook = v
        v = src_dict.get("AnnualWages")
        if v is None:
            if "AnnualWages" in src_dict:
                known += 1
                obj._sent_null += ("annual_wages",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.annual_wages = v
        v = src_dict.get("TypicalEducation")
        if v is None:
            if "TypicalEducation" in src_dict:
                known += 1
                obj._sent_null += ("typical_education",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.typical_education = v
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
