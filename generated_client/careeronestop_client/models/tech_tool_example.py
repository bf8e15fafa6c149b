from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TechToolExample")
_PROPERTY_NAMES = frozenset(
    {
        "Name",
        "Hot_Technology",
        "In_Demand",
    }
)


@_attrs_define
class TechToolExample:
    """An example tool or software."""

    name: str | Unset = UNSET
    hot_technology: str | Unset = UNSET
    """ Y/N hot-technology flag. """
    in_demand: str | Unset = UNSET
    """ Y/N in-demand flag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hot_technology = self.hot_technology

        in_demand = self.in_demand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if hot_technology is not UNSET:
            field_dict["Hot_Technology"] = hot_technology
        if in_demand is not UNSET:
            field_dict["In_Demand"] = in_demand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("Name", UNSET)

        hot_technology = src_dict.get("Hot_Technology", UNSET)

        in_demand = src_dict.get("In_Demand", UNSET)

        tech_tool_example = cls(
            name=name,
            hot_technology=hot_technology,
            in_demand=in_demand,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return tech_tool_example  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        tech_tool_example.additional_properties = d
        return tech_tool_example

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
