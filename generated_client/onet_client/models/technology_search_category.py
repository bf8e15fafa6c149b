from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TechnologySearchCategory")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "title",
        "href",
    }
)


@_attrs_define
class TechnologySearchCategory:
    """A technology category (UNSPSC commodity)."""

    code: int
    """ UNSPSC commodity code, e.g. 43233501. """
    title: str
    href: str | Unset = UNSET
    """ Link to the occupations for this category (guess). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        title = src_dict["title"]

        href = src_dict.get("href", UNSET)

        technology_search_category = cls(
            code=code,
            title=title,
            href=href,
        )

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return technology_search_category  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        technology_search_category.additional_properties = d
        return technology_search_category

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
