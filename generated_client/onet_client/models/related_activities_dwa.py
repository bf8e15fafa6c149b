from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedActivitiesDwa")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "title",
    }
)


@_attrs_define
class RelatedActivitiesDwa:
    """A Detailed Work Activity (DWA). The id format changed in recent O*NET data releases, so no pattern is imposed."""

    id: str
    """ DWA element id, e.g. 4.A.2.a.2.I05.D04. """
    title: str
    """ DWA statement. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        title = src_dict["title"]

        related_activities_dwa = cls(
            id=id,
            title=title,
        )

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return related_activities_dwa  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        related_activities_dwa.additional_properties = d
        return related_activities_dwa

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
