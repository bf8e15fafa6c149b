from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TechnologyGroup")
_PROPERTY_NAMES = frozenset(
    {
        "CategoryList",
    }
)


@_attrs_define
class TechnologyGroup:
    """Technology categories."""

    category_list: list[TechToolCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.category_list, Unset):
            category_list = []
            for category_list_item_data in self.category_list:
                category_list_item = category_list_item_data.to_dict()
                category_list.append(category_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_list is not UNSET:
            field_dict["CategoryList"] = category_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _category_list = src_dict.get("CategoryList", UNSET)
        category_list: list[TechToolCategory] | Unset = UNSET
        if _category_list is not UNSET:
            category_list = []
            for category_list_item_data in _category_list:
                category_list_item = TechToolCategory.from_dict(category_list_item_data)

                category_list.append(category_list_item)

        technology_group = cls(
            category_list=category_list,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return technology_group  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        technology_group.additional_properties = d
        return technology_group

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
from ..models.tech_tool_category import TechToolCategory  # noqa: E402
