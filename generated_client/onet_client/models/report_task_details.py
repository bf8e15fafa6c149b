from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_task_details_category import ReportTaskDetailsCategory, check_report_task_details_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportTaskDetails")
_PROPERTY_NAMES = frozenset(
    {
        "category",
        "id",
        "related",
        "title",
        "importance",
    }
)


@_attrs_define
class ReportTaskDetails:
    """Task statement in the details report, with category and importance."""

    category: ReportTaskDetailsCategory
    """ Task category. """
    id: str
    """ O*NET task id. """
    related: str
    """ URL like .../online/occupations/{code}/related/tasks/{id}. """
    title: str
    """ Task statement. """
    importance: int | Unset = UNSET
    """ Importance rating 0-100; absent for tasks in category New, which are not yet rated (in real bodies 13 of the
    30 tasks of 13-2072.00 and all 15 of 41-3091.00). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str = self.category

        id = self.id

        related = self.related

        title = self.title

        importance = self.importance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "id": id,
                "related": related,
                "title": title,
            }
        )
        if importance is not UNSET:
            field_dict["importance"] = importance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        category = check_report_task_details_category(src_dict["category"])

        id = src_dict["id"]

        related = src_dict["related"]

        title = src_dict["title"]

        importance = src_dict.get("importance", UNSET)

        report_task_details = cls(
            category=category,
            id=id,
            related=related,
            title=title,
            importance=importance,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_task_details  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_task_details.additional_properties = d
        return report_task_details

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
