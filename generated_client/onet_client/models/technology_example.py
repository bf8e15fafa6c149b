from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TechnologyExample")
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "hot_technology",
        "href",
        "in_demand",
        "percentage",
    }
)


@_attrs_define
class TechnologyExample:
    """A technology or product example (technology_skills categories, hot_technology, in-demand lists). Flags appear to be
    left out when false.

    """

    title: str
    """ Product or technology name. """
    hot_technology: bool | Unset = UNSET
    """ True when the example is a Hot Technology. """
    href: str | Unset = UNSET
    """ Link to the technology-skills search for this example. """
    in_demand: bool | Unset = UNSET
    """ True when the example is in demand in job postings. Real bodies carry it only as true and leave it out
    otherwise. """
    percentage: int | Unset = UNSET
    """ Share of job postings mentioning the example (0-100). Missing on some examples of real bodies (2 of the 9
    hot technologies of 13-2072.00). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        hot_technology = self.hot_technology

        href = self.href

        in_demand = self.in_demand

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if hot_technology is not UNSET:
            field_dict["hot_technology"] = hot_technology
        if href is not UNSET:
            field_dict["href"] = href
        if in_demand is not UNSET:
            field_dict["in_demand"] = in_demand
        if percentage is not UNSET:
            field_dict["percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        hot_technology = src_dict.get("hot_technology", UNSET)

        href = src_dict.get("href", UNSET)

        in_demand = src_dict.get("in_demand", UNSET)

        percentage = src_dict.get("percentage", UNSET)

        technology_example = cls(
            title=title,
            hot_technology=hot_technology,
            href=href,
            in_demand=in_demand,
            percentage=percentage,
        )

        if len(src_dict) == 1 or _PROPERTY_NAMES.issuperset(src_dict):
            return technology_example  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        technology_example.additional_properties = d
        return technology_example

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
