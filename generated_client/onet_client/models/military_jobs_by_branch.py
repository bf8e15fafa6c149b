from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MilitaryJobsByBranch")
_PROPERTY_NAMES = frozenset(
    {
        "air_force",
        "army",
        "coast_guard",
        "marine_corps",
        "navy",
    }
)


@_attrs_define
class MilitaryJobsByBranch:
    """Branches with related military jobs (v1.9; unconfirmed in v2)."""

    air_force: bool | Unset = UNSET
    """ Related jobs exist in the Air Force. """
    army: bool | Unset = UNSET
    """ Related jobs exist in the Army. """
    coast_guard: bool | Unset = UNSET
    """ Related jobs exist in the Coast Guard. """
    marine_corps: bool | Unset = UNSET
    """ Related jobs exist in the Marine Corps. """
    navy: bool | Unset = UNSET
    """ Related jobs exist in the Navy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        air_force = self.air_force

        army = self.army

        coast_guard = self.coast_guard

        marine_corps = self.marine_corps

        navy = self.navy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if air_force is not UNSET:
            field_dict["air_force"] = air_force
        if army is not UNSET:
            field_dict["army"] = army
        if coast_guard is not UNSET:
            field_dict["coast_guard"] = coast_guard
        if marine_corps is not UNSET:
            field_dict["marine_corps"] = marine_corps
        if navy is not UNSET:
            field_dict["navy"] = navy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        air_force = src_dict.get("air_force", UNSET)

        army = src_dict.get("army", UNSET)

        coast_guard = src_dict.get("coast_guard", UNSET)

        marine_corps = src_dict.get("marine_corps", UNSET)

        navy = src_dict.get("navy", UNSET)

        military_jobs_by_branch = cls(
            air_force=air_force,
            army=army,
            coast_guard=coast_guard,
            marine_corps=marine_corps,
            navy=navy,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return military_jobs_by_branch  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        military_jobs_by_branch.additional_properties = d
        return military_jobs_by_branch

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
