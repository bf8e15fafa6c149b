from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerTechnologyCategory")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "example",
        "title",
    }
)


@_attrs_define
class CareerTechnologyCategory:
    """A technology category used in the career."""

    code: int | Unset = UNSET
    """ Category code (UNSPSC style). """
    example: list[CareerTechnologyExample] | Unset = UNSET
    """ Example products. """
    title: str | Unset = UNSET
    """ Category name. Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        example: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = []
            for example_item_data in self.example:
                example_item = example_item_data.to_dict()
                example.append(example_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if example is not UNSET:
            field_dict["example"] = example
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        _example = src_dict.get("example", UNSET)
        example: list[CareerTechnologyExample] | Unset = UNSET
        if _example is not UNSET:
            example = []
            for example_item_data in _example:
                example_item = CareerTechnologyExample.from_dict(example_item_data)

                example.append(example_item)

        title = src_dict.get("title", UNSET)

        career_technology_category = cls(
            code=code,
            example=example,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_technology_category  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_technology_category.additional_properties = d
        return career_technology_category

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
from ..models.career_technology_example import CareerTechnologyExample  # noqa: E402
