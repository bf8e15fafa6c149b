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

T = TypeVar("T", bound="WagePercentiles")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "RateType",
        "Pct10",
        "Pct25",
        "Median",
        "Pct75",
        "Pct90",
        "StFips",
        "Area",
        "AreaName",
    }
)


@_attrs_define
class WagePercentiles:
    """One OEWS wage row, either hourly or annual. All wage figures are **strings**, exactly as the API sends them. They
    can contain thousands separators (`"133,080"`) or a top-code suffix: `"239,200+"` means an annual wage of at least
    $239,200, and `"100+"` marks the hourly top code. Do not declare them as numbers; parse them yourself if needed.

    """

    rate_type: str | None = None
    """ `Hourly` or `Annual`. """
    pct_10: str | None = None
    """ 10th-percentile wage (string; see the schema description). """
    pct_25: str | None = None
    """ 25th-percentile wage (string). """
    median: str | None = None
    """ Median wage (string). """
    pct_75: str | None = None
    """ 75th-percentile wage (string). """
    pct_90: str | None = None
    """ 90th-percentile wage (string). """
    st_fips: str | None = None
    """ `00` for the nation, otherwise a state FIPS code. """
    area: str | None = None
    """ BLS area code. """
    area_name: str | None = None
    """ BLS area name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "rate_type": "RateType",
        "pct_10": "Pct10",
        "pct_25": "Pct25",
        "median": "Median",
        "pct_75": "Pct75",
        "pct_90": "Pct90",
        "st_fips": "StFips",
        "area": "Area",
        "area_name": "AreaName",
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
        if self.rate_type is not None:
            field_dict["RateType"] = self.rate_type
        elif "rate_type" in self._sent_null:
            field_dict["RateType"] = None
        if self.pct_10 is not None:
            field_dict["Pct10"] = self.pct_10
        elif "pct_10" in self._sent_null:
            field_dict["Pct10"] = None
        if self.pct_25 is not None:
            field_dict["Pct25"] = self.pct_25
        elif "pct_25" in self._sent_null:
            field_dict["Pct25"] = None
        if self.median is not None:
            field_dict["Median"] = self.median
        elif "median" in self._sent_null:
            field_dict["Median"] = None
        if self.pct_75 is not None:
            field_dict["Pct75"] = self.pct_75
        elif "pct_75" in self._sent_null:
            field_dict["Pct75"] = None
        if self.pct_90 is not None:
            field_dict["Pct90"] = self.pct_90
        elif "pct_90" in self._sent_null:
            field_dict["Pct90"] = None
        if self.st_fips is not None:
            field_dict["StFips"] = self.st_fips
        elif "st_fips" in self._sent_null:
            field_dict["StFips"] = None
        if self.area is not None:
            field_dict["Area"] = self.area
        elif "area" in self._sent_null:
            field_dict["Area"] = None
        if self.area_name is not None:
            field_dict["AreaName"] = self.area_name
        elif "area_name" in self._sent_null:
            field_dict["AreaName"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.rate_type = None
            obj.pct_10 = None
            obj.pct_25 = None
            obj.median = None
            obj.pct_75 = None
            obj.pct_90 = None
            obj.st_fips = None
            obj.area = None
            obj.area_name = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("RateType")
        if v is None:
            if "RateType" in src_dict:
                known += 1
                obj._sent_null += ("rate_type",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.rate_type = v
        v = src_dict.get("Pct10")
        if v is None:
            if "Pct10" in src_dict:
                known += 1
                obj._sent_null += ("pct_10",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.pct_10 = v
        v = src_dict.get("Pct25")
        if v is None:
            if "Pct25" in src_dict:
                known += 1
                obj._sent_null += ("pct_25",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.pct_25 = v
        v = src_dict.get("Median")
        if v is None:
            if "Median" in src_dict:
                known += 1
                obj._sent_null += ("median",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.median = v
        v = src_dict.get("Pct75")
        if v is None:
            if "Pct75" in src_dict:
                known += 1
                obj._sent_null += ("pct_75",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.pct_75 = v
        v = src_dict.get("Pct90")
        if v is None:
            if "Pct90" in src_dict:
                known += 1
                obj._sent_null += ("pct_90",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.pct_90 = v
        v = src_dict.get("StFips")
        if v is None:
            if "StFips" in src_dict:
                known += 1
                obj._sent_null += ("st_fips",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.st_fips = v
        v = src_dict.get("Area")
        if v is None:
            if "Area" in src_dict:
                known += 1
                obj._sent_null += ("area",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.area = v
        v = src_dict.get("AreaName")
        if v is None:
            if "AreaName" in src_dict:
                known += 1
                obj._sent_null += ("area_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.area_name = v
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
