from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryComparisonInput")
_PROPERTY_NAMES = frozenset(
    {
        "InputOccupation",
        "InputOccupationCode",
        "InputOccupationTitle",
    }
)


@_attrs_define
class SalaryComparisonInput:
    """Echo of what was requested."""

    input_occupation: str | Unset = UNSET
    input_occupation_code: str | Unset = UNSET
    input_occupation_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_occupation = self.input_occupation

        input_occupation_code = self.input_occupation_code

        input_occupation_title = self.input_occupation_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_occupation is not UNSET:
            field_dict["InputOccupation"] = input_occupation
        if input_occupation_code is not UNSET:
            field_dict["InputOccupationCode"] = input_occupation_code
        if input_occupation_title is not UNSET:
            field_dict["InputOccupationTitle"] = input_occupation_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        input_occupation = src_dict.get("InputOccupation", UNSET)

        input_occupation_code = src_dict.get("InputOccupationCode", UNSET)

        input_occupation_title = src_dict.get("InputOccupationTitle", UNSET)

        salary_comparison_input = cls(
            input_occupation=input_occupation,
            input_occupation_code=input_occupation_code,
            input_occupation_title=input_occupation_title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return salary_comparison_input  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        salary_comparison_input.additional_properties = d
        return salary_comparison_input

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
