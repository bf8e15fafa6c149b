from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseQueryInterpretation")
_PROPERTY_NAMES = frozenset(
    {
        "Code",
        "Title",
        "Type",
        "IsKeywordSearch",
    }
)


@_attrs_define
class LicenseQueryInterpretation:
    """How the keyword was interpreted. The value types have not been recorded."""

    code: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_keyword_search: Any | Unset = UNSET
    """ Whether the search ran as a keyword search. The type has not been recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        type_ = self.type_

        is_keyword_search = self.is_keyword_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["Code"] = code
        if title is not UNSET:
            field_dict["Title"] = title
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if is_keyword_search is not UNSET:
            field_dict["IsKeywordSearch"] = is_keyword_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("Code", UNSET)

        title = src_dict.get("Title", UNSET)

        type_ = src_dict.get("Type", UNSET)

        is_keyword_search = src_dict.get("IsKeywordSearch", UNSET)

        license_query_interpretation = cls(
            code=code,
            title=title,
            type_=type_,
            is_keyword_search=is_keyword_search,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return license_query_interpretation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        license_query_interpretation.additional_properties = d
        return license_query_interpretation

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
