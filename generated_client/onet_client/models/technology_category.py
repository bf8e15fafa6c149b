from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TechnologyCategory")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "example",
        "related",
        "title",
        "example_more",
    }
)


@_attrs_define
class TechnologyCategory:
    """A technology-skills category (UNSPSC commodity) with its examples."""

    code: int
    """ UNSPSC commodity code, e.g. 43233501. """
    example: list[TechnologyExample]
    """ Headline examples in this category. """
    related: str
    """ URL of the resource listing occupations related through this category. """
    title: str
    """ UNSPSC commodity title (a flat string in v2). """
    example_more: list[TechnologyExample] | Unset = UNSET
    """ Further examples beyond the headline ones. Real details bodies carry it on some categories only (2 of the 18
    of 13-2072.00, none of 41-3091.00). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        example = []
        for example_item_data in self.example:
            example_item = example_item_data.to_dict()
            example.append(example_item)

        related = self.related

        title = self.title

        example_more: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.example_more, Unset):
            example_more = []
            for example_more_item_data in self.example_more:
                example_more_item = example_more_item_data.to_dict()
                example_more.append(example_more_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "example": example,
                "related": related,
                "title": title,
            }
        )
        if example_more is not UNSET:
            field_dict["example_more"] = example_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        example = []
        _example = src_dict["example"]
        for example_item_data in _example:
            example_item = TechnologyExample.from_dict(example_item_data)

            example.append(example_item)

        related = src_dict["related"]

        title = src_dict["title"]

        _example_more = src_dict.get("example_more", UNSET)
        example_more: list[TechnologyExample] | Unset = UNSET
        if _example_more is not UNSET:
            example_more = []
            for example_more_item_data in _example_more:
                example_more_item = TechnologyExample.from_dict(example_more_item_data)

                example_more.append(example_more_item)

        technology_category = cls(
            code=code,
            example=example,
            related=related,
            title=title,
            example_more=example_more,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return technology_category  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        technology_category.additional_properties = d
        return technology_category

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
from ..models.technology_example import TechnologyExample  # noqa: E402
