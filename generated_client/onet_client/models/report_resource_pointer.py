from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportResourcePointer")
_PROPERTY_NAMES = frozenset(
    {
        "href",
        "total",
    }
)


@_attrs_define
class ReportResourcePointer:
    """Small pointer to another occupation-report endpoint, carried inside technology_skills responses."""

    href: str
    """ Absolute URL of the endpoint, e.g. .../online/occupations/25-2021.00/hot_technology. """
    total: int
    """ Number of items available at the pointed-to endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        href = src_dict["href"]

        total = src_dict["total"]

        report_resource_pointer = cls(
            href=href,
            total=total,
        )

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_resource_pointer  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_resource_pointer.additional_properties = d
        return report_resource_pointer

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
