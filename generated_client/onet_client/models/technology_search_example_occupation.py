from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TechnologySearchExampleOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "tags",
        "title",
    }
)


@_attrs_define
class TechnologySearchExampleOccupation:
    """Occupation using a technology example (code and title observed; href and tags likely)."""

    code: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    href: str | Unset = UNSET
    tags: Tags | Unset = UNSET
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        href = self.href

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if href is not UNSET:
            field_dict["href"] = href
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        href = src_dict.get("href", UNSET)

        _tags = src_dict.get("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        title = src_dict.get("title", UNSET)

        technology_search_example_occupation = cls(
            code=code,
            href=href,
            tags=tags,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return technology_search_example_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        technology_search_example_occupation.additional_properties = d
        return technology_search_example_occupation

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
from ..models.tags import Tags  # noqa: E402
