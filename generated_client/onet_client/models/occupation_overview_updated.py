from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.occupation_overview_updated_content import OccupationOverviewUpdatedContent


T = TypeVar("T", bound="OccupationOverviewUpdated")


@_attrs_define
class OccupationOverviewUpdated:
    """Update provenance of the occupation's data (v1.9 resource_updated)."""

    contents: list[OccupationOverviewUpdatedContent]
    """ Per-section source and update year. """
    year: int
    """ Year the occupation was last updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.occupation_overview_updated_content import OccupationOverviewUpdatedContent  # noqa: PLC0415

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
        from ..models.occupation_overview_updated_content import OccupationOverviewUpdatedContent  # noqa: PLC0415

        d = dict(src_dict)
        contents = []
        _contents = d.pop("contents")
        for contents_item_data in _contents:
            contents_item = OccupationOverviewUpdatedContent.from_dict(contents_item_data)

            contents.append(contents_item)

        year = d.pop("year")

        occupation_overview_updated = cls(
            contents=contents,
            year=year,
        )

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
