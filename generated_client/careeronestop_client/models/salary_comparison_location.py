from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryComparisonLocation")
_PROPERTY_NAMES = frozenset(
    {
        "LocationName",
        "InputLocation",
        "OccupationList",
    }
)


@_attrs_define
class SalaryComparisonLocation:
    """One location with the requested occupations."""

    location_name: str | Unset = UNSET
    input_location: str | Unset = UNSET
    occupation_list: list[SalaryComparisonOccupation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_name = self.location_name

        input_location = self.input_location

        occupation_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.occupation_list, Unset):
            occupation_list = []
            for occupation_list_item_data in self.occupation_list:
                occupation_list_item = occupation_list_item_data.to_dict()
                occupation_list.append(occupation_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location_name is not UNSET:
            field_dict["LocationName"] = location_name
        if input_location is not UNSET:
            field_dict["InputLocation"] = input_location
        if occupation_list is not UNSET:
            field_dict["OccupationList"] = occupation_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        location_name = src_dict.get("LocationName", UNSET)

        input_location = src_dict.get("InputLocation", UNSET)

        _occupation_list = src_dict.get("OccupationList", UNSET)
        occupation_list: list[SalaryComparisonOccupation] | Unset = UNSET
        if _occupation_list is not UNSET:
            occupation_list = []
            for occupation_list_item_data in _occupation_list:
                occupation_list_item = SalaryComparisonOccupation.from_dict(occupation_list_item_data)

                occupation_list.append(occupation_list_item)

        salary_comparison_location = cls(
            location_name=location_name,
            input_location=input_location,
            occupation_list=occupation_list,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return salary_comparison_location  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        salary_comparison_location.additional_properties = d
        return salary_comparison_location

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
from ..models.salary_comparison_occupation import SalaryComparisonOccupation  # noqa: E402
