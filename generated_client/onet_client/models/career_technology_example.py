from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerTechnologyExample")
_PROPERTY_NAMES = frozenset(
    {
        "hot_technology",
        "in_demand",
        "percentage",
        "title",
    }
)


@_attrs_define
class CareerTechnologyExample:
    """An example product in a technology category."""

    hot_technology: bool | Unset = UNSET
    """ True when the product is frequently listed in job postings. """
    in_demand: bool | Unset = UNSET
    """ In-demand flag (one client only). """
    percentage: float | Unset = UNSET
    """ Share of postings mentioning the product (one client only). """
    title: str | Unset = UNSET
    """ Product or tool name (v1.9 field name was name). Assumed: no real body or documentation shows this field is
    always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hot_technology = self.hot_technology

        in_demand = self.in_demand

        percentage = self.percentage

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hot_technology is not UNSET:
            field_dict["hot_technology"] = hot_technology
        if in_demand is not UNSET:
            field_dict["in_demand"] = in_demand
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        hot_technology = src_dict.get("hot_technology", UNSET)

        in_demand = src_dict.get("in_demand", UNSET)

        percentage = src_dict.get("percentage", UNSET)

        title = src_dict.get("title", UNSET)

        career_technology_example = cls(
            hot_technology=hot_technology,
            in_demand=in_demand,
            percentage=percentage,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_technology_example  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_technology_example.additional_properties = d
        return career_technology_example

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
