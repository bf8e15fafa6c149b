from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StateWebResource")
_PROPERTY_NAMES = frozenset(
    {
        "Title",
        "Url",
        "Type",
        "StateName",
    }
)


@_attrs_define
class StateWebResource:
    """One state LMI site."""

    title: str | Unset = UNSET
    url: str | Unset = UNSET
    type_: str | Unset = UNSET
    state_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        type_ = self.type_

        state_name = self.state_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["Title"] = title
        if url is not UNSET:
            field_dict["Url"] = url
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if state_name is not UNSET:
            field_dict["StateName"] = state_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("Title", UNSET)

        url = src_dict.get("Url", UNSET)

        type_ = src_dict.get("Type", UNSET)

        state_name = src_dict.get("StateName", UNSET)

        state_web_resource = cls(
            title=title,
            url=url,
            type_=type_,
            state_name=state_name,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return state_web_resource  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        state_web_resource.additional_properties = d
        return state_web_resource

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
