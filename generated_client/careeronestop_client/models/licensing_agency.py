from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicensingAgency")
_PROPERTY_NAMES = frozenset(
    {
        "Name",
        "Phone",
        "Email",
        "Url",
    }
)


@_attrs_define
class LicensingAgency:
    """Agency that issues the license."""

    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        email = self.email

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if email is not UNSET:
            field_dict["Email"] = email
        if url is not UNSET:
            field_dict["Url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("Name", UNSET)

        phone = src_dict.get("Phone", UNSET)

        email = src_dict.get("Email", UNSET)

        url = src_dict.get("Url", UNSET)

        licensing_agency = cls(
            name=name,
            phone=phone,
            email=email,
            url=url,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return licensing_agency  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        licensing_agency.additional_properties = d
        return licensing_agency

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
