from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerStateEmployment")
_PROPERTY_NAMES = frozenset(
    {
        "location_quotient",
        "name",
        "postal_code",
    }
)


@_attrs_define
class CareerStateEmployment:
    """One state in a location-quotient band."""

    location_quotient: float | Unset = UNSET
    """ Concentration of the career's employment in the state relative to the nation. Assumed: no real body or
    documentation shows this field is always sent. """
    name: str | Unset = UNSET
    """ State name. Assumed: no real body or documentation shows this field is always sent. """
    postal_code: str | Unset = UNSET
    """ Two-letter state or territory postal code. Assumed: no real body or documentation shows this field is always
    sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_quotient = self.location_quotient

        name = self.name

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location_quotient is not UNSET:
            field_dict["location_quotient"] = location_quotient
        if name is not UNSET:
            field_dict["name"] = name
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        location_quotient = src_dict.get("location_quotient", UNSET)

        name = src_dict.get("name", UNSET)

        postal_code = src_dict.get("postal_code", UNSET)

        career_state_employment = cls(
            location_quotient=location_quotient,
            name=name,
            postal_code=postal_code,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_state_employment  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_state_employment.additional_properties = d
        return career_state_employment

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
