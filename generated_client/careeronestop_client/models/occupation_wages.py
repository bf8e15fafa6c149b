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

T = TypeVar("T", bound="OccupationWages")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "NationalWagesList",
        "StateWagesList",
        "BLSAreaWagesList",
        "WageYear",
        "SocData",
        "SocWageInfo",
    }
)


@_attrs_define
class OccupationWages:
    """OEWS wages at national, state and area level. The documentation calls the lists objects, but the JSON has arrays."""

    national_wages_list: list[WagePercentiles] | None = None
    """ National rows, normally one Hourly row and one Annual row. """
    state_wages_list: list[WagePercentiles] | None = None
    """ Rows for the state of the requested location. """
    bls_area_wages_list: list[WagePercentiles] | None = None
    """ Rows for the metro or non-metro area of the requested location. """
    wage_year: str | None = None
    """ OEWS reference year. """
    soc_data: str | None = None
    """ Yes/No flag. The docs say it is always yes. """
    soc_wage_info: None | SocInfo = None
    """ The SOC/OEWS occupation the wages actually describe, which may be broader than the O*NET code. The
    documentation places this block on OccupationDetail, but clients read it inside Wages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "national_wages_list": "NationalWagesList",
        "state_wages_list": "StateWagesList",
        "bls_area_wages_list": "BLSAreaWagesList",
        "wage_year": "WageYear",
        "soc_data": "SocData",
        "soc_wage_info": "SocWageInfo",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "state_wages_list",
            "bls_area_wages_list",
            "soc_wage_info",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.national_wages_list is not None:
            field_dict["NationalWagesList"] = _dump(self.national_wages_list)
        elif "national_wages_list" in self._sent_null:
            field_dict["NationalWagesList"] = None
        if self.state_wages_list is not None:
            field_dict["StateWagesList"] = _dump(self.state_wages_list)
        elif "state_wages_list" in self._sent_null:
            field_dict["StateWagesList"] = None
        if self.bls_area_wages_list is not None:
            field_dict["BLSAreaWagesList"] = _dump(self.bls_area_wages_list)
        elif "bls_area_wages_list" in self._sent_null:
            field_dict["BLSAreaWagesList"] = None
        if self.wage_year is not None:
            field_dict["WageYear"] = self.wage_year
        elif "wage_year" in self._sent_null:
            field_dict["WageYear"] = None
        if self.soc_data is not None:
            field_dict["SocData"] = self.soc_data
        elif "soc_data" in self._sent_null:
            field_dict["SocData"] = None
        if self.soc_wage_info is not None:
            field_dict["SocWageInfo"] = _dump(self.soc_wage_info)
        elif "soc_wage_info" in self._sent_null:
            field_dict["SocWageInfo"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.national_wages_list = None
            obj.state_wages_list = None
            obj.bls_area_wages_list = None
            obj.wage_year = None
            obj.soc_data = None
            obj.soc_wage_info = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("NationalWagesList")
        if v is None:
            if "NationalWagesList" in src_dict:
                known += 1
                obj._sent_null += ("national_wages_list",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_WagePercentiles(item0) for item0 in v]
        obj.national_wages_list = v
        v = src_dict.get("StateWagesList")
        if v is None:
            if "StateWagesList" in src_dict:
                known += 1
                obj._sent_null += ("state_wages_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_WagePercentiles(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.state_wages_list = v
        v = src_dict.get("BLSAreaWagesList")
        if v is None:
            if "BLSAreaWagesList" in src_dict:
                known += 1
                obj._sent_null += ("bls_area_wages_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_WagePercentiles(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.bls_area_wages_list = v
        v = src_dict.get("WageYear")
        if v is None:
            if "WageYear" in src_dict:
                known += 1
                obj._sent_null += ("wage_year",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.wage_year = v
        v = src_dict.get("SocData")
        if v is None:
            if "SocData" in src_dict:
                known += 1
                obj._sent_null += ("soc_data",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.soc_data = v
        v = src_dict.get("SocWageInfo")
        if v is None:
            if "SocWageInfo" in src_dict:
                known += 1
                obj._sent_null += ("soc_wage_info",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_SocInfo(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.soc_wage_info = v
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
from ..models.soc_info import SocInfo  # noqa: E402
from ..models.wage_percentiles import WagePercentiles  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_SocInfo = SocInfo.from_dict
_from_dict_WagePercentiles = WagePercentiles.from_dict
