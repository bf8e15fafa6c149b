from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobLocationFacet")
_PROPERTY_NAMES = frozenset(
    {
        "LocationName",
        "LocationCount",
    }
)


@_attrs_define
class JobLocationFacet:
    """Number of postings in one place."""

    location_name: str | Unset = UNSET
    location_count: str | Unset = UNSET
    """ Numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_name = self.location_name

        location_count = self.location_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location_name is not UNSET:
            field_dict["LocationName"] = location_name
        if location_count is not UNSET:
            field_dict["LocationCount"] = location_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        location_name = src_dict.get("LocationName", UNSET)

        location_count = src_dict.get("LocationCount", UNSET)

        job_location_facet = cls(
            location_name=location_name,
            location_count=location_count,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_location_facet  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_location_facet.additional_properties = d
        return job_location_facet

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
