from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationOverviewUpdated")
_PROPERTY_NAMES = frozenset(
    {
        "contents",
        "year",
    }
)


@_attrs_define
class OccupationOverviewUpdated:
    """Update provenance of the occupation's data (v1.9 resource_updated)."""

    contents: list[OccupationOverviewUpdatedContent]
    """ Per-section source and update year. """
    year: int
    """ Year the occupation was last updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contents = []
        for contents_item_data in self.contents:
            contents_item = contents_item_data.to_dict()
            contents.append(contents_item)

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contents": contents,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        contents = []
        _contents = src_dict["contents"]
        for contents_item_data in _contents:
            contents_item = OccupationOverviewUpdatedContent.from_dict(contents_item_data)

            contents.append(contents_item)

        year = src_dict["year"]

        occupation_overview_updated = cls(
            contents=contents,
            year=year,
        )

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_overview_updated  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_overview_updated.additional_properties = d
        return occupation_overview_updated

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


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.occupation_overview_updated_content import OccupationOverviewUpdatedContent  # noqa: E402
