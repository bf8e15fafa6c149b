from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetailedWorkActivity")
_PROPERTY_NAMES = frozenset(
    {
        "DwaTitle",
        "DwaId",
        "DataValue",
        "TaskId",
    }
)


@_attrs_define
class DetailedWorkActivity:
    """One O*NET detailed work activity. The documentation spells the keys DWATitle/DWAId; the JSON uses DwaTitle/DwaId."""

    dwa_title: str | Unset = UNSET
    dwa_id: str | Unset = UNSET
    data_value: str | Unset = UNSET
    """ Rating as a numeric string. """
    task_id: str | Unset = UNSET
    """ Linked task id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dwa_title = self.dwa_title

        dwa_id = self.dwa_id

        data_value = self.data_value

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dwa_title is not UNSET:
            field_dict["DwaTitle"] = dwa_title
        if dwa_id is not UNSET:
            field_dict["DwaId"] = dwa_id
        if data_value is not UNSET:
            field_dict["DataValue"] = data_value
        if task_id is not UNSET:
            field_dict["TaskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dwa_title = src_dict.get("DwaTitle", UNSET)

        dwa_id = src_dict.get("DwaId", UNSET)

        data_value = src_dict.get("DataValue", UNSET)

        task_id = src_dict.get("TaskId", UNSET)

        detailed_work_activity = cls(
            dwa_title=dwa_title,
            dwa_id=dwa_id,
            data_value=data_value,
            task_id=task_id,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return detailed_work_activity  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        detailed_work_activity.additional_properties = d
        return detailed_work_activity

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
