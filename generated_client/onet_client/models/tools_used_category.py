from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolsUsedCategory")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "example",
        "related",
        "title",
    }
)


@_attrs_define
class ToolsUsedCategory:
    """A tools-used category (UNSPSC commodity). Shape inferred from v1.9 plus one v2 fetcher."""

    code: int | Unset = UNSET
    """ UNSPSC commodity code. Assumed: no real body or documentation shows this field is always sent. """
    example: list[str | ToolsUsedExample] | Unset = UNSET
    """ Tool examples. Unsettled: one v2 fetcher reads plain strings, analogy with technology_skills suggests
    objects with a title; both are accepted. Assumed: no real body or documentation shows this field is always sent.
    """
    related: str | Unset = UNSET
    """ URL of the resource listing occupations related through this category (may be absent). """
    title: str | Unset = UNSET
    """ UNSPSC commodity title. Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        example: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = []
            for example_item_data in self.example:
                example_item: dict[str, Any] | str
                if isinstance(example_item_data, ToolsUsedExample):
                    example_item = example_item_data.to_dict()
                else:
                    example_item = example_item_data
                example.append(example_item)

        related = self.related

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if example is not UNSET:
            field_dict["example"] = example
        if related is not UNSET:
            field_dict["related"] = related
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        _example = src_dict.get("example", UNSET)
        example: list[str | ToolsUsedExample] | Unset = UNSET
        if _example is not UNSET:
            example = []
            for example_item_data in _example:

                def _parse_example_item(data: object) -> str | ToolsUsedExample:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        example_item_type_1 = ToolsUsedExample.from_dict(data)

                        return example_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | ToolsUsedExample, data)

                example_item = _parse_example_item(example_item_data)

                example.append(example_item)

        related = src_dict.get("related", UNSET)

        title = src_dict.get("title", UNSET)

        tools_used_category = cls(
            code=code,
            example=example,
            related=related,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return tools_used_category  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        tools_used_category.additional_properties = d
        return tools_used_category

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
from ..models.tools_used_example import ToolsUsedExample  # noqa: E402
