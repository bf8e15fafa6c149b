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

T = TypeVar("T", bound="CareerSalary")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "annual_10th_percentile",
        "annual_10th_percentile_over",
        "annual_90th_percentile",
        "annual_90th_percentile_over",
        "annual_median",
        "annual_median_over",
        "hourly_10th_percentile",
        "hourly_10th_percentile_over",
        "hourly_90th_percentile",
        "hourly_90th_percentile_over",
        "hourly_median",
        "hourly_median_over",
        "soc_code",
    }
)


@_attrs_define
class CareerSalary:
    """National wage figures; some careers carry only annual or only hourly figures."""

    annual_10th_percentile: float | None = None
    """ Annual wage, 10th percentile (USD). """
    annual_10th_percentile_over: bool | None = None
    """ Top-coded flag for the figure above (seen in v1.9; v2 unconfirmed). """
    annual_90th_percentile: float | None = None
    """ Annual wage, 90th percentile (USD). """
    annual_90th_percentile_over: bool | None = None
    """ Top-coded flag for the figure above (seen in v1.9; v2 unconfirmed). """
    annual_median: float | None = None
    """ Annual wage, median (USD). """
    annual_median_over: bool | None = None
    """ Top-coded flag for the median (seen in v1.9; v2 unconfirmed). """
    hourly_10th_percentile: float | None = None
    """ Hourly wage, 10th percentile (USD). """
    hourly_10th_percentile_over: bool | None = None
    """ Top-coded flag for the figure above (v2 unconfirmed). """
    hourly_90th_percentile: float | None = None
    """ Hourly wage, 90th percentile (USD). """
    hourly_90th_percentile_over: bool | None = None
    """ Top-coded flag for the figure above (v2 unconfirmed). """
    hourly_median: float | None = None
    """ Hourly wage, median (USD). """
    hourly_median_over: bool | None = None
    """ Top-coded flag for the figure above (v2 unconfirmed). """
    soc_code: str | None = None
    """ SOC code the wage figures belong to, e.g. 49-9021. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "annual_10th_percentile": "annual_10th_percentile",
        "annual_10th_percentile_over": "annual_10th_percentile_over",
        "annual_90th_percentile": "annual_90th_percentile",
        "annual_90th_percentile_over": "annual_90th_percentile_over",
        "annual_median": "annual_median",
        "annual_median_over": "annual_median_over",
        "hourly_10th_percentile": "hourly_10th_percentile",
        "hourly_10th_percentile_over": "hourly_10th_percentile_over",
        "hourly_90th_percentile": "hourly_90th_percentile",
        "hourly_90th_percentile_over": "hourly_90th_percentile_over",
        "hourly_median": "hourly_median",
        "hourly_median_over": "hourly_median_over",
        "soc_code": "soc_code",
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
        if self.annual_10th_percentile is not None:
            field_dict["annual_10th_percentile"] = self.annual_10th_percentile
        elif "annual_10th_percentile" in self._sent_null:
            field_dict["annual_10th_percentile"] = None
        if self.annual_10th_percentile_over is not None:
            field_dict["annual_10th_percentile_over"] = self.annual_10th_percentile_over
        elif "annual_10th_percentile_over" in self._sent_null:
            field_dict["annual_10th_percentile_over"] = None
        if self.annual_90th_percentile is not None:
            field_dict["annual_90th_percentile"] = self.annual_90th_percentile
        elif "annual_90th_percentile" in self._sent_null:
            field_dict["annual_90th_percentile"] = None
        if self.annual_90th_percentile_over is not None:
            field_dict["annual_90th_percentile_over"] = self.annual_90th_percentile_over
        elif "annual_90th_percentile_over" in self._sent_null:
            field_dict["annual_90th_percentile_over"] = None
        if self.annual_median is not None:
            field_dict["annual_median"] = self.annual_median
        elif "annual_median" in self._sent_null:
            field_dict["annual_median"] = None
        if self.annual_median_over is not None:
            field_dict["annual_median_over"] = self.annual_median_over
        elif "annual_median_over" in self._sent_null:
            field_dict["annual_median_over"] = None
        if self.hourly_10th_percentile is not None:
            field_dict["hourly_10th_percentile"] = self.hourly_10th_percentile
        elif "hourly_10th_percentile" in self._sent_null:
            field_dict["hourly_10th_percentile"] = None
        if self.hourly_10th_percentile_over is not None:
            field_dict["hourly_10th_percentile_over"] = self.hourly_10th_percentile_over
        elif "hourly_10th_percentile_over" in self._sent_null:
            field_dict["hourly_10th_percentile_over"] = None
        if self.hourly_90th_percentile is not None:
            field_dict["hourly_90th_percentile"] = self.hourly_90th_percentile
        elif "hourly_90th_percentile" in self._sent_null:
            field_dict["hourly_90th_percentile"] = None
        if self.hourly_90th_percentile_over is not None:
            field_dict["hourly_90th_percentile_over"] = self.hourly_90th_percentile_over
        elif "hourly_90th_percentile_over" in self._sent_null:
            field_dict["hourly_90th_percentile_over"] = None
        if self.hourly_median is not None:
            field_dict["hourly_median"] = self.hourly_median
        elif "hourly_median" in self._sent_null:
            field_dict["hourly_median"] = None
        if self.hourly_median_over is not None:
            field_dict["hourly_median_over"] = self.hourly_median_over
        elif "hourly_median_over" in self._sent_null:
            field_dict["hourly_median_over"] = None
        if self.soc_code is not None:
            field_dict["soc_code"] = self.soc_code
        elif "soc_code" in self._sent_null:
            field_dict["soc_code"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.annual_10th_percentile = None
            obj.annual_10th_percentile_over = None
            obj.annual_90th_percentile = None
            obj.annual_90th_percentile_over = None
            obj.annual_median = None
            obj.annual_median_over = None
            obj.hourly_10th_percentile = None
            obj.hourly_10th_percentile_over = None
            obj.hourly_90th_percentile = None
            obj.hourly_90th_percentile_over = None
            obj.hourly_median = None
            obj.hourly_median_over = None
            obj.soc_code = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("annual_10th_percentile")
        if v is None:
            if "annual_10th_percentile" in src_dict:
                known += 1
                obj._sent_null += ("annual_10th_percentile",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.annual_10th_percentile = v
        v = src_dict.get("annual_10th_percentile_over")
        if v is None:
            if "annual_10th_percentile_over" in src_dict:
                known += 1
                obj._sent_null += ("annual_10th_percentile_over",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.annual_10th_percentile_over = v
        v = src_dict.get("annual_90th_percentile")
        if v is None:
            if "annual_90th_percentile" in src_dict:
                known += 1
                obj._sent_null += ("annual_90th_percentile",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.annual_90th_percentile = v
        v = src_dict.get("annual_90th_percentile_over")
        if v is None:
            if "annual_90th_percentile_over" in src_dict:
                known += 1
                obj._sent_null += ("annual_90th_percentile_over",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.annual_90th_percentile_over = v
        v = src_dict.get("annual_median")
        if v is None:
            if "annual_median" in src_dict:
                known += 1
                obj._sent_null += ("annual_median",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.annual_median = v
        v = src_dict.get("annual_median_over")
        if v is None:
            if "annual_median_over" in src_dict:
                known += 1
                obj._sent_null += ("annual_median_over",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.annual_median_over = v
        v = src_dict.get("hourly_10th_percentile")
        if v is None:
            if "hourly_10th_percentile" in src_dict:
                known += 1
                obj._sent_null += ("hourly_10th_percentile",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.hourly_10th_percentile = v
        v = src_dict.get("hourly_10th_percentile_over")
        if v is None:
            if "hourly_10th_percentile_over" in src_dict:
                known += 1
                obj._sent_null += ("hourly_10th_percentile_over",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.hourly_10th_percentile_over = v
        v = src_dict.get("hourly_90th_percentile")
        if v is None:
            if "hourly_90th_percentile" in src_dict:
                known += 1
                obj._sent_null += ("hourly_90th_percentile",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.hourly_90th_percentile = v
        v = src_dict.get("hourly_90th_percentile_over")
        if v is None:
            if "hourly_90th_percentile_over" in src_dict:
                known += 1
                obj._sent_null += ("hourly_90th_percentile_over",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.hourly_90th_percentile_over = v
        v = src_dict.get("hourly_median")
        if v is None:
            if "hourly_median" in src_dict:
                known += 1
                obj._sent_null += ("hourly_median",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.hourly_median = v
        v = src_dict.get("hourly_median_over")
        if v is None:
            if "hourly_median_over" in src_dict:
                known += 1
                obj._sent_null += ("hourly_median_over",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.hourly_median_over = v
        v = src_dict.get("soc_code")
        if v is None:
            if "soc_code" in src_dict:
                known += 1
                obj._sent_null += ("soc_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.soc_code = v
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
