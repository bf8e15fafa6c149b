from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationOverviewUpdatedContent")
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "source",
        "year",
    }
)


@_attrs_define
class OccupationOverviewUpdatedContent:
    """Data source and update year of one report section."""

    title: str
    """ Section name. """
    source: str | Unset = UNSET
    """ Data source. """
    year: int | Unset = UNSET
    """ Year the section was last updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        source = self.source

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        source = src_dict.get("source", UNSET)

        year = src_dict.get("year", UNSET)

        occupation_overview_updated_content = cls(
            title=title,
            source=source,
            year=year,
        )

        if len(src_dict) == 1 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_overview_updated_content  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_overview_updated_content.additional_properties = d
        return occupation_overview_updated_content

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
