from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkActivitiesOutlineElement")
_PROPERTY_NAMES = frozenset(
    {
        "activity",
        "id",
        "name",
    }
)


@_attrs_define
class WorkActivitiesOutlineElement:
    """Guessed: a generalized work activity heading in the outline. Field names unverified; an intermediate work activity
    level may sit between this and the DWAs.

    """

    activity: list[WorkActivitiesOutlineActivity] | Unset = UNSET
    """ DWAs under this heading (guessed name). """
    id: str | Unset = UNSET
    """ Work activity element id (guessed name). """
    name: str | Unset = UNSET
    """ Work activity name (guessed name). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = []
            for activity_item_data in self.activity:
                activity_item = activity_item_data.to_dict()
                activity.append(activity_item)

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity is not UNSET:
            field_dict["activity"] = activity
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _activity = src_dict.get("activity", UNSET)
        activity: list[WorkActivitiesOutlineActivity] | Unset = UNSET
        if _activity is not UNSET:
            activity = []
            for activity_item_data in _activity:
                activity_item = WorkActivitiesOutlineActivity.from_dict(activity_item_data)

                activity.append(activity_item)

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        work_activities_outline_element = cls(
            activity=activity,
            id=id,
            name=name,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return work_activities_outline_element  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        work_activities_outline_element.additional_properties = d
        return work_activities_outline_element

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
from ..models.work_activities_outline_activity import WorkActivitiesOutlineActivity  # noqa: E402
