from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AboutReleaseInfo")
_PROPERTY_NAMES = frozenset(
    {
        "href",
        "name",
    }
)


@_attrs_define
class AboutReleaseInfo:
    """Release descriptor. Member layout unverified for v2: one v2 script reads name; v1.x paired the release name with a
    link to onetcenter.org.

    """

    href: str | Unset = UNSET
    """ Link to the release description (v1.x; unverified). """
    name: str | Unset = UNSET
    """ Release name, e.g. O*NET 30.0 or O*NET-SOC 2019 (unverified). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        href = src_dict.get("href", UNSET)

        name = src_dict.get("name", UNSET)

        about_release_info = cls(
            href=href,
            name=name,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return about_release_info  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        about_release_info.additional_properties = d
        return about_release_info

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
