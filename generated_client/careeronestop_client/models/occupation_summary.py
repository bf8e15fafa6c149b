from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationSummary")
_PROPERTY_NAMES = frozenset(
    {
        "OnetTitle",
        "OnetCode",
        "OccupationDescription",
    }
)


@_attrs_define
class OccupationSummary:
    """An occupation search row."""

    onet_title: str | Unset = UNSET
    onet_code: str | Unset = UNSET
    """ Code in the matched taxonomy. """
    occupation_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onet_title = self.onet_title

        onet_code = self.onet_code

        occupation_description: None | str | Unset
        if isinstance(self.occupation_description, Unset):
            occupation_description = UNSET
        else:
            occupation_description = self.occupation_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onet_title is not UNSET:
            field_dict["OnetTitle"] = onet_title
        if onet_code is not UNSET:
            field_dict["OnetCode"] = onet_code
        if occupation_description is not UNSET:
            field_dict["OccupationDescription"] = occupation_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        onet_title = src_dict.get("OnetTitle", UNSET)

        onet_code = src_dict.get("OnetCode", UNSET)

        occupation_description = cast(None | str | Unset, src_dict.get("OccupationDescription", UNSET))

        occupation_summary = cls(
            onet_title=onet_title,
            onet_code=onet_code,
            occupation_description=occupation_description,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_summary  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_summary.additional_properties = d
        return occupation_summary

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
