from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocInfo")
_PROPERTY_NAMES = frozenset(
    {
        "SocCode",
        "SocTitle",
        "SocDescription",
    }
)


@_attrs_define
class SocInfo:
    """A Standard Occupational Classification (SOC) or OEWS occupation."""

    soc_code: str | Unset = UNSET
    """ SOC or OEWS code (often undotted). """
    soc_title: str | Unset = UNSET
    """ SOC or OEWS title. """
    soc_description: None | str | Unset = UNSET
    """ SOC definition. It is not populated inside SocWageInfo. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        soc_code = self.soc_code

        soc_title = self.soc_title

        soc_description: None | str | Unset
        if isinstance(self.soc_description, Unset):
            soc_description = UNSET
        else:
            soc_description = self.soc_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if soc_code is not UNSET:
            field_dict["SocCode"] = soc_code
        if soc_title is not UNSET:
            field_dict["SocTitle"] = soc_title
        if soc_description is not UNSET:
            field_dict["SocDescription"] = soc_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        soc_code = src_dict.get("SocCode", UNSET)

        soc_title = src_dict.get("SocTitle", UNSET)

        soc_description = cast(None | str | Unset, src_dict.get("SocDescription", UNSET))

        soc_info = cls(
            soc_code=soc_code,
            soc_title=soc_title,
            soc_description=soc_description,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return soc_info  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        soc_info.additional_properties = d
        return soc_info

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
