from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectionRow")
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

    state_name: str | Unset = UNSET
    """ `United States` or a state name. """
    stfips: str | Unset = UNSET
    estimated_employment: str | Unset = UNSET
    projected_employment: str | Unset = UNSET
    per_cent_change: str | Unset = UNSET
    projected_annual_job_opening: str | Unset = UNSET
    estimated_year: str | Unset = UNSET
    """ Base year for this row. State periods can differ from the national one. """
    projected_year: str | Unset = UNSET
    """ Target year for this row. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_name = self.state_name

        stfips = self.stfips

        estimated_employment = self.estimated_employment

        projected_employment = self.projected_employment

        per_cent_change = self.per_cent_change

        projected_annual_job_opening = self.projected_annual_job_opening

        estimated_year = self.estimated_year

        projected_year = self.projected_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state_name is not UNSET:
            field_dict["StateName"] = state_name
        if stfips is not UNSET:
            field_dict["Stfips"] = stfips
        if estimated_employment is not UNSET:
            field_dict["EstimatedEmployment"] = estimated_employment
        if projected_employment is not UNSET:
            field_dict["ProjectedEmployment"] = projected_employment
        if per_cent_change is not UNSET:
            field_dict["PerCentChange"] = per_cent_change
        if projected_annual_job_opening is not UNSET:
            field_dict["ProjectedAnnualJobOpening"] = projected_annual_job_opening
        if estimated_year is not UNSET:
            field_dict["EstimatedYear"] = estimated_year
        if projected_year is not UNSET:
            field_dict["ProjectedYear"] = projected_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        state_name = src_dict.get("StateName", UNSET)

        stfips = src_dict.get("Stfips", UNSET)

        estimated_employment = src_dict.get("EstimatedEmployment", UNSET)

        projected_employment = src_dict.get("ProjectedEmployment", UNSET)

        per_cent_change = src_dict.get("PerCentChange", UNSET)

        projected_annual_job_opening = src_dict.get("ProjectedAnnualJobOpening", UNSET)

        estimated_year = src_dict.get("EstimatedYear", UNSET)

        projected_year = src_dict.get("ProjectedYear", UNSET)

        projection_row = cls(
            state_name=state_name,
            stfips=stfips,
            estimated_employment=estimated_employment,
            projected_employment=projected_employment,
            per_cent_change=per_cent_change,
            projected_annual_job_opening=projected_annual_job_opening,
            estimated_year=estimated_year,
            projected_year=projected_year,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return projection_row  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        projection_row.additional_properties = d
        return projection_row

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
