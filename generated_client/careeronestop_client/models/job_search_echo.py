from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSearchEcho")
_PROPERTY_NAMES = frozenset(
    {
        "Keyword",
        "Location",
        "Radius",
    }
)


@_attrs_define
class JobSearchEcho:
    """Echo of the search inputs."""

    keyword: str | Unset = UNSET
    location: str | Unset = UNSET
    radius: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        location = self.location

        radius = self.radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["Keyword"] = keyword
        if location is not UNSET:
            field_dict["Location"] = location
        if radius is not UNSET:
            field_dict["Radius"] = radius

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        keyword = src_dict.get("Keyword", UNSET)

        location = src_dict.get("Location", UNSET)

        radius = src_dict.get("Radius", UNSET)

        job_search_echo = cls(
            keyword=keyword,
            location=location,
            radius=radius,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_search_echo  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_search_echo.additional_properties = d
        return job_search_echo

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
