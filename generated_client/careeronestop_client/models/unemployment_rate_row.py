from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnemploymentRateRow")
_PROPERTY_NAMES = frozenset(
    {
        "AreaID",
        "AreaName",
        "AreaType",
        "Stfips",
        "UnEmpCount",
        "UnEmpRate",
    }
)


@_attrs_define
class UnemploymentRateRow:
    """LAUS figures for one area. The values are strings."""

    area_id: str | Unset = UNSET
    area_name: str | Unset = UNSET
    area_type: str | Unset = UNSET
    stfips: str | Unset = UNSET
    un_emp_count: str | Unset = UNSET
    un_emp_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        area_type = self.area_type

        stfips = self.stfips

        un_emp_count = self.un_emp_count

        un_emp_rate = self.un_emp_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if area_id is not UNSET:
            field_dict["AreaID"] = area_id
        if area_name is not UNSET:
            field_dict["AreaName"] = area_name
        if area_type is not UNSET:
            field_dict["AreaType"] = area_type
        if stfips is not UNSET:
            field_dict["Stfips"] = stfips
        if un_emp_count is not UNSET:
            field_dict["UnEmpCount"] = un_emp_count
        if un_emp_rate is not UNSET:
            field_dict["UnEmpRate"] = un_emp_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        area_id = src_dict.get("AreaID", UNSET)

        area_name = src_dict.get("AreaName", UNSET)

        area_type = src_dict.get("AreaType", UNSET)

        stfips = src_dict.get("Stfips", UNSET)

        un_emp_count = src_dict.get("UnEmpCount", UNSET)

        un_emp_rate = src_dict.get("UnEmpRate", UNSET)

        unemployment_rate_row = cls(
            area_id=area_id,
            area_name=area_name,
            area_type=area_type,
            stfips=stfips,
            un_emp_count=un_emp_count,
            un_emp_rate=un_emp_rate,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return unemployment_rate_row  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        unemployment_rate_row.additional_properties = d
        return unemployment_rate_row

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
