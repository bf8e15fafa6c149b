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

    location_quotient: float
    """ Concentration of the career's employment in the state relative to the nation. """
    name: str
    """ State name. """
    postal_code: str
    """ Two-letter state or territory postal code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_quotient = self.location_quotient

        name = self.name

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_quotient": location_quotient,
                "name": name,
                "postal_code": postal_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        location_quotient = src_dict["location_quotient"]

        name = src_dict["name"]

        postal_code = src_dict["postal_code"]

        career_state_employment = cls(
            location_quotient=location_quotient,
            name=name,
            postal_code=postal_code,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
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
