from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OnetDataElement")
_PROPERTY_NAMES = frozenset(
    {
        "description",
        "href",
        "id",
        "title",
    }
)


@_attrs_define
class OnetDataElement:
    """A content-model element of the descriptor family (shape unknown)."""

    description: str | Unset = UNSET
    href: str | Unset = UNSET
    id: str | Unset = UNSET
    """ Element id, e.g. 1.A.1.a. Assumed: no real body or documentation shows this field is always sent. """
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        href = self.href

        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict.get("description", UNSET)

        href = src_dict.get("href", UNSET)

        id = src_dict.get("id", UNSET)

        title = src_dict.get("title", UNSET)

        onet_data_element = cls(
            description=description,
            href=href,
            id=id,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return onet_data_element  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        onet_data_element.additional_properties = d
        return onet_data_element

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
