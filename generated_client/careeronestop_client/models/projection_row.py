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

T = TypeVar("T", bound="ProjectionRow")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "StateName",
        "Stfips",
        "EstimatedEmployment",
        "ProjectedEmployment",
        "PerCentChange",
        "ProjectedAnnualJobOpening",
        "EstimatedYear",
        "ProjectedYear",
    }
)


@_attrs_define
class ProjectionRow:
    """Projections for one area. Note the lower-case f in Stfips; the doc's spaced names are rendering artifacts."""

    state_name: str | None = None
    """ `United States` or a state name. """
    stfips: str | None = None
    estimated_employment: str | None = None
    projected_employment: str | None = None
    per_cent_change: str | None = None
    projected_annual_job_opening: str | None = None
    estimated_year: str | None = None
    """ Base year for this row. State periods can differ from the national one. """
    projected_year: str | None = None
    """ Target year for this row. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "state_name": "StateName",
        "stfips": "Stfips",
        "estimated_employment": "EstimatedEmployment",
        "projected_employment": "ProjectedEmployment",
        "per_cent_change": "PerCentChange",
        "projected_annual_job_opening": "ProjectedAnnualJobOpening",
        "estimated_year": "EstimatedYear",
        "projected_year": "ProjectedYear",
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
        if self.state_name is not None:
            field_dict["StateName"] = self.state_name
        elif "state_name" in self._sent_null:
            field_dict["StateName"] = None
        if self.stfips is not None:
            field_dict["Stfips"] = self.stfips
        elif "stfips" in self._sent_null:
            field_dict["Stfips"] = None
        if self.estimated_employment is not None:
            field_dict["EstimatedEmployment"] = self.estimated_employment
        elif "estimated_employment" in self._sent_null:
            field_dict["EstimatedEmployment"] = None
        if self.projected_employment is not None:
            field_dict["ProjectedEmployment"] = self.projected_employment
        elif "projected_employment" in self._sent_null:
            field_dict["ProjectedEmployment"] = None
        if self.per_cent_change is not None:
            field_dict["PerCentChange"] = self.per_cent_change
        elif "per_cent_change" in self._sent_null:
            field_dict["PerCentChange"] = None
        if self.projected_annual_job_opening is not None:
            field_dict["ProjectedAnnualJobOpening"] = self.projected_annual_job_opening
        elif "projected_annual_job_opening" in self._sent_null:
            field_dict["ProjectedAnnualJobOpening"] = None
        if self.estimated_year is not None:
            field_dict["EstimatedYear"] = self.estimated_year
        elif "estimated_year" in self._sent_null:
            field_dict["EstimatedYear"] = None
        if self.projected_year is not None:
            field_dict["ProjectedYear"] = self.projected_year
        elif "projected_year" in self._sent_null:
            field_dict["ProjectedYear"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.state_name = None
            obj.stfips = None
            obj.estimated_employment = None
            obj.projected_employment = None
            obj.per_cent_change = None
            obj.projected_annual_job_opening = None
            obj.estimated_year = None
            obj.projected_year = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
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
        v = src_dict.get("Stfips")
        if v is None:
            if "Stfips" in src_dict:
                known += 1
                obj._sent_null += ("stfips",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.stfips = v
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
        v = src_dict.get("ProjectedEmployment")
        if v is None:
            if "ProjectedEmployment" in src_dict:
                known += 1
                obj._sent_null += ("projected_employment",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.projected_employment = v
        v = src_dict.get("PerCentChange")
        if v is None:
            if "PerCentChange" in src_dict:
                known += 1
                obj._sent_null += ("per_cent_change",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.per_cent_change = v
        v = src_dict.get("ProjectedAnnualJobOpening")
        if v is None:
            if "ProjectedAnnualJobOpening" in src_dict:
                known += 1
                obj._sent_null += ("projected_annual_job_opening",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.projected_annual_job_opening = v
        v = src_dict.get("EstimatedYear")
        if v is None:
            if "EstimatedYear" in src_dict:
                known += 1
                obj._sent_null += ("estimated_year",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.estimated_year = v
        v = src_dict.get("ProjectedYear")
        if v is None:
            if "ProjectedYear" in src_dict:
                known += 1
                obj._sent_null += ("projected_year",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.projected_year = v
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
