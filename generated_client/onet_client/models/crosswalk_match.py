from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrosswalkMatch")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "occupation",
        "title",
    }
)


@_attrs_define
class CrosswalkMatch:
    """An occupation of the external classification with its O*NET-SOC matches."""

    code: str
    """ External code, e.g. a military occupation code such as 00R. """
    occupation: list[OccupationItem]
    """ Matching civilian O*NET-SOC occupations. """
    title: str
    """ External title; for military codes branch and category appear in parentheses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        occupation = []
        for occupation_item_data in self.occupation:
            occupation_item = occupation_item_data.to_dict()
            occupation.append(occupation_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "occupation": occupation,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        occupation = []
        _occupation = src_dict["occupation"]
        for occupation_item_data in _occupation:
            occupation_item = OccupationItem.from_dict(occupation_item_data)

            occupation.append(occupation_item)

        title = src_dict["title"]

        crosswalk_match = cls(
            code=code,
            occupation=occupation,
            title=title,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
            return crosswalk_match  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        crosswalk_match.additional_properties = d
        return crosswalk_match

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
from ..models.occupation_item import OccupationItem  # noqa: E402
