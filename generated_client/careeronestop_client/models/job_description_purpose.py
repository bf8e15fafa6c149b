from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDescriptionPurpose")
_PROPERTY_NAMES = frozenset(
    {
        "OnetTitle",
        "OnetCode",
        "OnetDesc",
    }
)


@_attrs_define
class JobDescriptionPurpose:
    """Occupation identity and summary."""

    onet_title: str | Unset = UNSET
    onet_code: str | Unset = UNSET
    onet_desc: str | Unset = UNSET
    """ Description (the key is OnetDesc, not OnetDescription). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onet_title = self.onet_title

        onet_code = self.onet_code

        onet_desc = self.onet_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onet_title is not UNSET:
            field_dict["OnetTitle"] = onet_title
        if onet_code is not UNSET:
            field_dict["OnetCode"] = onet_code
        if onet_desc is not UNSET:
            field_dict["OnetDesc"] = onet_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        onet_title = src_dict.get("OnetTitle", UNSET)

        onet_code = src_dict.get("OnetCode", UNSET)

        onet_desc = src_dict.get("OnetDesc", UNSET)

        job_description_purpose = cls(
            onet_title=onet_title,
            onet_code=onet_code,
            onet_desc=onet_desc,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_description_purpose  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_description_purpose.additional_properties = d
        return job_description_purpose

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
