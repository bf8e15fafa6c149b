from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerOutlook")
_PROPERTY_NAMES = frozenset(
    {
        "category",
        "description",
    }
)


@_attrs_define
class CareerOutlook:
    """Projected outlook for the career."""

    category: str | Unset = UNSET
    """ Outlook category. English trees: Bright, Average, Below Average. /mpp likely uses translated values (v1.9:
    Buenas, Promedio, Debajo del promedio), so no enum is imposed. Assumed: no real body or documentation shows this
    field is always sent. """
    description: str | Unset = UNSET
    """ Plain-language outlook statement. Assumed: no real body or documentation shows this field is always sent.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        category = src_dict.get("category", UNSET)

        description = src_dict.get("description", UNSET)

        career_outlook = cls(
            category=category,
            description=description,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_outlook  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_outlook.additional_properties = d
        return career_outlook

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
