from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsMatchOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "OnetCode",
        "OnetTitle",
    }
)


@_attrs_define
class SkillsMatchOccupation:
    """A similar occupation. Only code and title are assumed. Wage, education and training fields exist according to the
    docs, but their names are unknown.

    """

    onet_code: str | Unset = UNSET
    onet_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onet_code = self.onet_code

        onet_title = self.onet_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onet_code is not UNSET:
            field_dict["OnetCode"] = onet_code
        if onet_title is not UNSET:
            field_dict["OnetTitle"] = onet_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        onet_code = src_dict.get("OnetCode", UNSET)

        onet_title = src_dict.get("OnetTitle", UNSET)

        skills_match_occupation = cls(
            onet_code=onet_code,
            onet_title=onet_title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_match_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_match_occupation.additional_properties = d
        return skills_match_occupation

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
