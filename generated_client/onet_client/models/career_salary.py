from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerSalary")
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

    annual_10th_percentile: float | Unset = UNSET
    """ Annual wage, 10th percentile (USD). """
    annual_10th_percentile_over: bool | Unset = UNSET
    """ Top-coded flag for the figure above (seen in v1.9; v2 unconfirmed). """
    annual_90th_percentile: float | Unset = UNSET
    """ Annual wage, 90th percentile (USD). """
    annual_90th_percentile_over: bool | Unset = UNSET
    """ Top-coded flag for the figure above (seen in v1.9; v2 unconfirmed). """
    annual_median: float | Unset = UNSET
    """ Annual wage, median (USD). """
    annual_median_over: bool | Unset = UNSET
    """ Top-coded flag for the median (seen in v1.9; v2 unconfirmed). """
    hourly_10th_percentile: float | Unset = UNSET
    """ Hourly wage, 10th percentile (USD). """
    hourly_10th_percentile_over: bool | Unset = UNSET
    """ Top-coded flag for the figure above (v2 unconfirmed). """
    hourly_90th_percentile: float | Unset = UNSET
    """ Hourly wage, 90th percentile (USD). """
    hourly_90th_percentile_over: bool | Unset = UNSET
    """ Top-coded flag for the figure above (v2 unconfirmed). """
    hourly_median: float | Unset = UNSET
    """ Hourly wage, median (USD). """
    hourly_median_over: bool | Unset = UNSET
    """ Top-coded flag for the figure above (v2 unconfirmed). """
    soc_code: str | Unset = UNSET
    """ SOC code the wage figures belong to, e.g. 49-9021. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual_10th_percentile = self.annual_10th_percentile

        annual_10th_percentile_over = self.annual_10th_percentile_over

        annual_90th_percentile = self.annual_90th_percentile

        annual_90th_percentile_over = self.annual_90th_percentile_over

        annual_median = self.annual_median

        annual_median_over = self.annual_median_over

        hourly_10th_percentile = self.hourly_10th_percentile

        hourly_10th_percentile_over = self.hourly_10th_percentile_over

        hourly_90th_percentile = self.hourly_90th_percentile

        hourly_90th_percentile_over = self.hourly_90th_percentile_over

        hourly_median = self.hourly_median

        hourly_median_over = self.hourly_median_over

        soc_code = self.soc_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annual_10th_percentile is not UNSET:
            field_dict["annual_10th_percentile"] = annual_10th_percentile
        if annual_10th_percentile_over is not UNSET:
            field_dict["annual_10th_percentile_over"] = annual_10th_percentile_over
        if annual_90th_percentile is not UNSET:
            field_dict["annual_90th_percentile"] = annual_90th_percentile
        if annual_90th_percentile_over is not UNSET:
            field_dict["annual_90th_percentile_over"] = annual_90th_percentile_over
        if annual_median is not UNSET:
            field_dict["annual_median"] = annual_median
        if annual_median_over is not UNSET:
            field_dict["annual_median_over"] = annual_median_over
        if hourly_10th_percentile is not UNSET:
            field_dict["hourly_10th_percentile"] = hourly_10th_percentile
        if hourly_10th_percentile_over is not UNSET:
            field_dict["hourly_10th_percentile_over"] = hourly_10th_percentile_over
        if hourly_90th_percentile is not UNSET:
            field_dict["hourly_90th_percentile"] = hourly_90th_percentile
        if hourly_90th_percentile_over is not UNSET:
            field_dict["hourly_90th_percentile_over"] = hourly_90th_percentile_over
        if hourly_median is not UNSET:
            field_dict["hourly_median"] = hourly_median
        if hourly_median_over is not UNSET:
            field_dict["hourly_median_over"] = hourly_median_over
        if soc_code is not UNSET:
            field_dict["soc_code"] = soc_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        annual_10th_percentile = src_dict.get("annual_10th_percentile", UNSET)

        annual_10th_percentile_over = src_dict.get("annual_10th_percentile_over", UNSET)

        annual_90th_percentile = src_dict.get("annual_90th_percentile", UNSET)

        annual_90th_percentile_over = src_dict.get("annual_90th_percentile_over", UNSET)

        annual_median = src_dict.get("annual_median", UNSET)

        annual_median_over = src_dict.get("annual_median_over", UNSET)

        hourly_10th_percentile = src_dict.get("hourly_10th_percentile", UNSET)

        hourly_10th_percentile_over = src_dict.get("hourly_10th_percentile_over", UNSET)

        hourly_90th_percentile = src_dict.get("hourly_90th_percentile", UNSET)

        hourly_90th_percentile_over = src_dict.get("hourly_90th_percentile_over", UNSET)

        hourly_median = src_dict.get("hourly_median", UNSET)

        hourly_median_over = src_dict.get("hourly_median_over", UNSET)

        soc_code = src_dict.get("soc_code", UNSET)

        career_salary = cls(
            annual_10th_percentile=annual_10th_percentile,
            annual_10th_percentile_over=annual_10th_percentile_over,
            annual_90th_percentile=annual_90th_percentile,
            annual_90th_percentile_over=annual_90th_percentile_over,
            annual_median=annual_median,
            annual_median_over=annual_median_over,
            hourly_10th_percentile=hourly_10th_percentile,
            hourly_10th_percentile_over=hourly_10th_percentile_over,
            hourly_90th_percentile=hourly_90th_percentile,
            hourly_90th_percentile_over=hourly_90th_percentile_over,
            hourly_median=hourly_median,
            hourly_median_over=hourly_median_over,
            soc_code=soc_code,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_salary  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_salary.additional_properties = d
        return career_salary

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
