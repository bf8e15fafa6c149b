from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedActivitiesMatch")
_PROPERTY_NAMES = frozenset(
    {
        "full",
        "shared",
        "similar",
    }
)


@_attrs_define
class RelatedActivitiesMatch:
    """Activity lists for one related occupation; any of them may be empty."""

    full: list[RelatedActivitiesDwa]
    """ All DWAs of this occupation. """
    shared: list[RelatedActivitiesDwa]
    """ Activities equal to ones the user selected. """
    similar: list[RelatedActivitiesDwa]
    """ Activities similar to ones the user selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full = []
        for full_item_data in self.full:
            full_item = full_item_data.to_dict()
            full.append(full_item)

        shared = []
        for shared_item_data in self.shared:
            shared_item = shared_item_data.to_dict()
            shared.append(shared_item)

        similar = []
        for similar_item_data in self.similar:
            similar_item = similar_item_data.to_dict()
            similar.append(similar_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "full": full,
                "shared": shared,
                "similar": similar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        full = []
        _full = src_dict["full"]
        for full_item_data in _full:
            full_item = RelatedActivitiesDwa.from_dict(full_item_data)

            full.append(full_item)

        shared = []
        _shared = src_dict["shared"]
        for shared_item_data in _shared:
            shared_item = RelatedActivitiesDwa.from_dict(shared_item_data)

            shared.append(shared_item)

        similar = []
        _similar = src_dict["similar"]
        for similar_item_data in _similar:
            similar_item = RelatedActivitiesDwa.from_dict(similar_item_data)

            similar.append(similar_item)

        related_activities_match = cls(
            full=full,
            shared=shared,
            similar=similar,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
            return related_activities_match  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        related_activities_match.additional_properties = d
        return related_activities_match

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
from ..models.related_activities_dwa import RelatedActivitiesDwa  # noqa: E402
