from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StateResourcesLinks")
_PROPERTY_NAMES = frozenset(
    {
        "StateWebResource",
    }
)


@_attrs_define
class StateResourcesLinks:
    """Wrapper for state labor-market-information sites."""

    state_web_resource: list[StateWebResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_web_resource: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.state_web_resource, Unset):
            state_web_resource = []
            for state_web_resource_item_data in self.state_web_resource:
                state_web_resource_item = state_web_resource_item_data.to_dict()
                state_web_resource.append(state_web_resource_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state_web_resource is not UNSET:
            field_dict["StateWebResource"] = state_web_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _state_web_resource = src_dict.get("StateWebResource", UNSET)
        state_web_resource: list[StateWebResource] | Unset = UNSET
        if _state_web_resource is not UNSET:
            state_web_resource = []
            for state_web_resource_item_data in _state_web_resource:
                state_web_resource_item = StateWebResource.from_dict(state_web_resource_item_data)

                state_web_resource.append(state_web_resource_item)

        state_resources_links = cls(
            state_web_resource=state_web_resource,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return state_resources_links  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        state_resources_links.additional_properties = d
        return state_resources_links

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
from ..models.state_web_resource import StateWebResource  # noqa: E402
