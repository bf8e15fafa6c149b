from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EducationAttainmentShare")
_PROPERTY_NAMES = frozenset(
    {
        "EducationLevel",
        "Value",
    }
)


@_attrs_define
class EducationAttainmentShare:
    """Share of workers at one education level."""

    education_level: str | Unset = UNSET
    """ Attainment level label. """
    value: str | Unset = UNSET
    """ Percent of workers, as a numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education_level = self.education_level

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if education_level is not UNSET:
            field_dict["EducationLevel"] = education_level
        if value is not UNSET:
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        education_level = src_dict.get("EducationLevel", UNSET)

        value = src_dict.get("Value", UNSET)

        education_attainment_share = cls(
            education_level=education_level,
            value=value,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return education_attainment_share  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        education_attainment_share.additional_properties = d
        return education_attainment_share

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
