from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportDetailedWorkActivity")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "related",
        "title",
    }
)


@_attrs_define
class ReportDetailedWorkActivity:
    """Detailed work activity (DWA) linked to the occupation; carries no rating."""

    id: str
    """ DWA id, e.g. 4.A.2.a.2.I05.D04. """
    related: str
    """ URL of the resource listing occupations related through this DWA. """
    title: str
    """ DWA statement. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        related = self.related

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "related": related,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        related = src_dict["related"]

        title = src_dict["title"]

        report_detailed_work_activity = cls(
            id=id,
            related=related,
            title=title,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_detailed_work_activity  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_detailed_work_activity.additional_properties = d
        return report_detailed_work_activity

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
