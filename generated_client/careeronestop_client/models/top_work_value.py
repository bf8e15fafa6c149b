from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopWorkValue")
_PROPERTY_NAMES = frozenset(
    {
        "WorkValue",
        "Characteristics",
    }
)


@_attrs_define
class TopWorkValue:
    """The occupation's top O*NET work value."""

    work_value: str | Unset = UNSET
    characteristics: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_value = self.work_value

        characteristics: list[str] | Unset = UNSET
        if not isinstance(self.characteristics, Unset):
            characteristics = self.characteristics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_value is not UNSET:
            field_dict["WorkValue"] = work_value
        if characteristics is not UNSET:
            field_dict["Characteristics"] = characteristics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        work_value = src_dict.get("WorkValue", UNSET)

        characteristics = cast(list[str], src_dict.get("Characteristics", UNSET))

        top_work_value = cls(
            work_value=work_value,
            characteristics=characteristics,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return top_work_value  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        top_work_value.additional_properties = d
        return top_work_value

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
