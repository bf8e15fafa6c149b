from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WagePercentiles")
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

    rate_type: str | Unset = UNSET
    """ `Hourly` or `Annual`. """
    pct_10: str | Unset = UNSET
    """ 10th-percentile wage (string; see the schema description). """
    pct_25: str | Unset = UNSET
    """ 25th-percentile wage (string). """
    median: str | Unset = UNSET
    """ Median wage (string). """
    pct_75: str | Unset = UNSET
    """ 75th-percentile wage (string). """
    pct_90: str | Unset = UNSET
    """ 90th-percentile wage (string). """
    st_fips: str | Unset = UNSET
    """ `00` for the nation, otherwise a state FIPS code. """
    area: str | Unset = UNSET
    """ BLS area code. """
    area_name: str | Unset = UNSET
    """ BLS area name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_type = self.rate_type

        pct_10 = self.pct_10

        pct_25 = self.pct_25

        median = self.median

        pct_75 = self.pct_75

        pct_90 = self.pct_90

        st_fips = self.st_fips

        area = self.area

        area_name = self.area_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_type is not UNSET:
            field_dict["RateType"] = rate_type
        if pct_10 is not UNSET:
            field_dict["Pct10"] = pct_10
        if pct_25 is not UNSET:
            field_dict["Pct25"] = pct_25
        if median is not UNSET:
            field_dict["Median"] = median
        if pct_75 is not UNSET:
            field_dict["Pct75"] = pct_75
        if pct_90 is not UNSET:
            field_dict["Pct90"] = pct_90
        if st_fips is not UNSET:
            field_dict["StFips"] = st_fips
        if area is not UNSET:
            field_dict["Area"] = area
        if area_name is not UNSET:
            field_dict["AreaName"] = area_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        rate_type = src_dict.get("RateType", UNSET)

        pct_10 = src_dict.get("Pct10", UNSET)

        pct_25 = src_dict.get("Pct25", UNSET)

        median = src_dict.get("Median", UNSET)

        pct_75 = src_dict.get("Pct75", UNSET)

        pct_90 = src_dict.get("Pct90", UNSET)

        st_fips = src_dict.get("StFips", UNSET)

        area = src_dict.get("Area", UNSET)

        area_name = src_dict.get("AreaName", UNSET)

        wage_percentiles = cls(
            rate_type=rate_type,
            pct_10=pct_10,
            pct_25=pct_25,
            median=median,
            pct_75=pct_75,
            pct_90=pct_90,
            st_fips=st_fips,
            area=area,
            area_name=area_name,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return wage_percentiles  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        wage_percentiles.additional_properties = d
        return wage_percentiles

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
