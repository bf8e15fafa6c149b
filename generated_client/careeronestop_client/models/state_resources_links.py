from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_web_resource import StateWebResource


T = TypeVar("T", bound="StateResourcesLinks")


@_attrs_define
class StateResourcesLinks:
    """Wrapper for state labor-market-information sites."""

    state_web_resource: list[StateWebResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state_web_resource import StateWebResource  # noqa: PLC0415

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
        from ..models.state_web_resource import StateWebResource  # noqa: PLC0415

        d = dict(src_dict)
        _state_web_resource = d.pop("StateWebResource", UNSET)
        state_web_resource: list[StateWebResource] | Unset = UNSET
        if _state_web_resource is not UNSET:
            state_web_resource = []
            for state_web_resource_item_data in _state_web_resource:
                state_web_resource_item = StateWebResource.from_dict(state_web_resource_item_data)

                state_web_resource.append(state_web_resource_item)

        state_resources_links = cls(
            state_web_resource=state_web_resource,
        )

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
