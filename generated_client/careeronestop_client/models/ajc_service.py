from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AjcService")
_PROPERTY_NAMES = frozenset(
    {
        "ServiceName",
        "ServiceNValue",
    }
)


@_attrs_define
class AjcService:
    """A service offered by a center."""

    service_name: str | Unset = UNSET
    service_n_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_name = self.service_name

        service_n_value = self.service_n_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_name is not UNSET:
            field_dict["ServiceName"] = service_name
        if service_n_value is not UNSET:
            field_dict["ServiceNValue"] = service_n_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        service_name = src_dict.get("ServiceName", UNSET)

        service_n_value = src_dict.get("ServiceNValue", UNSET)

        ajc_service = cls(
            service_name=service_name,
            service_n_value=service_n_value,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return ajc_service  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        ajc_service.additional_properties = d
        return ajc_service

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
