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

T = TypeVar("T", bound="SalaryComparisonOccupation")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "Code",
        "Title",
        "Request",
        "WageInfo",
        "SocInfo",
    }
)


@_attrs_define
class SalaryComparisonOccupation:
    """One occupation's wages in a location."""

    code: str | None = None
    title: str | None = None
    request: SalaryComparisonInput | None = None
    """ Echo of what was requested. """
    wage_info: list[WagePercentiles] | None = None
    """ Hourly and annual wage rows (wage values are strings). """
    soc_info: SocInfo | None = None
    """ A Standard Occupational Classification (SOC) or OEWS occupation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "code": "Code",
        "title": "Title",
        "request": "Request",
        "wage_info": "WageInfo",
        "soc_info": "SocInfo",
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
        if self.code is not None:
            field_dict["Code"] = self.code
        elif "code" in self._sent_null:
            field_dict["Code"] = None
        if self.title is not None:
            field_dict["Title"] = self.title
        elif "title" in self._sent_null:
            field_dict["Title"] = None
        if self.request is not None:
            field_dict["Request"] = _dump(self.request)
        elif "request" in self._sent_null:
            field_dict["Request"] = None
        if self.wage_info is not None:
            field_dict["WageInfo"] = _dump(self.wage_info)
        elif "wage_info" in self._sent_null:
            field_dict["WageInfo"] = None
        if self.soc_info is not None:
            field_dict["SocInfo"] = _dump(self.soc_info)
        elif "soc_info" in self._sent_null:
            field_dict["SocInfo"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.code = None
            obj.title = None
            obj.request = None
            obj.wage_info = None
            obj.soc_info = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("Code")
        if v is None:
            if "Code" in src_dict:
                known += 1
                obj._sent_null += ("code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.code = v
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
        v = src_dict.get("Request")
        if v is None:
            if "Request" in src_dict:
                known += 1
                obj._sent_null += ("request",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_SalaryComparisonInput(v)
        obj.request = v
        v = src_dict.get("WageInfo")
        if v is None:
            if "WageInfo" in src_dict:
                known += 1
                obj._sent_null += ("wage_info",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_WagePercentiles(item0) for item0 in v]
        obj.wage_info = v
        v = src_dict.get("SocInfo")
        if v is None:
            if "SocInfo" in src_dict:
                known += 1
                obj._sent_null += ("soc_info",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_SocInfo(v)
        obj.soc_info = v
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
from ..models.salary_comparison_input import SalaryComparisonInput  # noqa: E402
from ..models.soc_info import SocInfo  # noqa: E402
from ..models.wage_percentiles import WagePercentiles  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_SalaryComparisonInput = SalaryComparisonInput.from_dict
_from_dict_SocInfo = SocInfo.from_dict
_from_dict_WagePercentiles = WagePercentiles.from_dict
