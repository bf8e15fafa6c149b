from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkActivitiesOutlineActivity")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "task",
        "title",
    }
)


@_attrs_define
class WorkActivitiesOutlineActivity:
    """Guessed: a detailed work activity in the outline with its task statements. Field names unverified."""

    id: str | Unset = UNSET
    """ DWA id (guessed name). """
    task: list[WorkActivitiesOutlineTask] | Unset = UNSET
    """ Task statements filed under this DWA (guessed name). """
    title: str | Unset = UNSET
    """ DWA statement (guessed name). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        task: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = []
            for task_item_data in self.task:
                task_item = task_item_data.to_dict()
                task.append(task_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if task is not UNSET:
            field_dict["task"] = task
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        _task = src_dict.get("task", UNSET)
        task: list[WorkActivitiesOutlineTask] | Unset = UNSET
        if _task is not UNSET:
            task = []
            for task_item_data in _task:
                task_item = WorkActivitiesOutlineTask.from_dict(task_item_data)

                task.append(task_item)

        title = src_dict.get("title", UNSET)

        work_activities_outline_activity = cls(
            id=id,
            task=task,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return work_activities_outline_activity  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        work_activities_outline_activity.additional_properties = d
        return work_activities_outline_activity

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
from ..models.work_activities_outline_task import WorkActivitiesOutlineTask  # noqa: E402
