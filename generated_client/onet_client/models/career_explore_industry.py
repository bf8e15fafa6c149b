from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerExploreIndustry")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "percent_employed",
        "title",
    }
)


@_attrs_define
class CareerExploreIndustry:
    """An industry employing the career (v1.9 shape)."""

    code: int
    """ Industry code. """
    href: str
    """ Link to the industry's careers in the same tree. """
    percent_employed: int
    """ Percent of the career's workers employed in this industry. """
    title: str
    """ Industry name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        href = self.href

        percent_employed = self.percent_employed

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "href": href,
                "percent_employed": percent_employed,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        href = src_dict["href"]

        percent_employed = src_dict["percent_employed"]

        title = src_dict["title"]

        career_explore_industry = cls(
            code=code,
            href=href,
            percent_employed=percent_employed,
            title=title,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_explore_industry  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_explore_industry.additional_properties = d
        return career_explore_industry

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
