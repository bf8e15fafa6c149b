from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationTask")
_PROPERTY_NAMES = frozenset(
    {
        "TaskDescription",
        "TaskId",
        "DataValue",
    }
)


@_attrs_define
class OccupationTask:
    """One O*NET task statement."""

    task_description: str | Unset = UNSET
    task_id: str | Unset = UNSET
    data_value: str | Unset = UNSET
    """ Importance rating as a numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_description = self.task_description

        task_id = self.task_id

        data_value = self.data_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_description is not UNSET:
            field_dict["TaskDescription"] = task_description
        if task_id is not UNSET:
            field_dict["TaskId"] = task_id
        if data_value is not UNSET:
            field_dict["DataValue"] = data_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        task_description = src_dict.get("TaskDescription", UNSET)

        task_id = src_dict.get("TaskId", UNSET)

        data_value = src_dict.get("DataValue", UNSET)

        occupation_task = cls(
            task_description=task_description,
            task_id=task_id,
            data_value=data_value,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_task  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_task.additional_properties = d
        return occupation_task

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
