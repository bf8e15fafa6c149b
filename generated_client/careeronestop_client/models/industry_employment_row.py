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

T = TypeVar("T", bound="IndustryEmploymentRow")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "Industry",
        "Pctestocc",
        "MatInCode",
        "PercentChange",
        "EstimatedEmployment",
        "IagCode",
        "NumberChanged",
        "ProjectEmployment",
    }
)


@_attrs_define
class IndustryEmploymentRow:
    """One industry in the occupation's staffing pattern. The figures are numeric strings, like the other CareerOneStop
    figures; one client typed some of them as numbers.

    """

    industry: str | None = None
    pctestocc: str | None = None
    """ Share of the occupation working in this industry, as a numeric string.: null """
    mat_in_code: str | None = None
    """ EP industry code. """
    percent_change: str | None = None
    """ Projected percent change, as a numeric string.: null """
    estimated_employment: str | None = None
    """ Base-year employment, as a numeric string.: null """
    iag_code: str | None = None
    """ BLS Industries-at-a-Glance code. """
    number_changed: str | None = None
    """ Projected change in employment, as a numeric string.: null """
    project_employment: str | None = None
    """ Target-year employment, as a numeric string. The key really lacks the "ed".: null """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "industry": "Industry",
        "pctestocc": "Pctestocc",
        "mat_in_code": "MatInCode",
        "percent_change": "PercentChange",
        "estimated_employment": "EstimatedEmployment",
        "iag_code": "IagCode",
        "number_changed": "NumberChanged",
        "project_employment": "ProjectEmployment",
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
        if self.industry is not None:
            field_dict["Industry"] = self.industry
        elif "industry" in self._sent_null:
            field_dict["Industry"] = None
        if self.pctestocc is not None:
            field_dict["Pctestocc"] = self.pctestocc
        elif "pctestocc" in self._sent_null:
            field_dict["Pctestocc"] = None
        if self.mat_in_code is not None:
            field_dict["MatInCode"] = self.mat_in_code
        elif "mat_in_code" in self._sent_null:
            field_dict["MatInCode"] = None
        if self.percent_change is not None:
            field_dict["PercentChange"] = self.percent_change
        elif "percent_change" in self._sent_null:
            field_dict["PercentChange"] = None
        if self.estimated_employment is not None:
            field_dict["EstimatedEmployment"] = self.estimated_employment
        elif "estimated_employment" in self._sent_null:
            field_dict["EstimatedEmployment"] = None
        if self.iag_code is not None:
            field_dict["IagCode"] = self.iag_code
        elif "iag_code" in self._sent_null:
            field_dict["IagCode"] = None
        if self.number_changed is not None:
            field_dict["NumberChanged"] = self.number_changed
        elif "number_changed" in self._sent_null:
            field_dict["NumberChanged"] = None
        if self.project_employment is not None:
            field_dict["ProjectEmployment"] = self.project_employment
        elif "project_employment" in self._sent_null:
            field_dict["ProjectEmployment"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.industry = None
            obj.pctestocc = None
            obj.mat_in_code = None
            obj.percent_change = None
            obj.estimated_employment = None
            obj.iag_code = None
            obj.number_changed = None
            obj.project_employment = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("Industry")
        if v is None:
            if "Industry" in src_dict:
                known += 1
                obj._sent_null += ("industry",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.industry = v
        v = src_dict.get("Pctestocc")
        if v is None:
            if "Pctestocc" in src_dict:
                known += 1
                obj._sent_null += ("pctestocc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.pctestocc = v
        v = src_dict.get("MatInCode")
        if v is None:
            if "MatInCode" in src_dict:
                known += 1
                obj._sent_null += ("mat_in_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.mat_in_code = v
        v = src_dict.get("PercentChange")
        if v is None:
            if "PercentChange" in src_dict:
                known += 1
                obj._sent_null += ("percent_change",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.percent_change = v
        v = src_dict.get("EstimatedEmployment")
        if v is None:
            if "EstimatedEmployment" in src_dict:
                known += 1
                obj._sent_null += ("estimated_employment",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.estimated_employment = v
        v = src_dict.get("IagCode")
        if v is None:
            if "IagCode" in src_dict:
                known += 1
                obj._sent_null += ("iag_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.iag_code = v
        v = src_dict.get("NumberChanged")
        if v is None:
            if "NumberChanged" in src_dict:
                known += 1
                obj._sent_null += ("number_changed",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.number_changed = v
        v = src_dict.get("ProjectEmployment")
        if v is None:
            if "ProjectEmployment" in src_dict:
                known += 1
                obj._sent_null += ("project_employment",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.project_employment = v
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
