from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerElementGroup")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "element",
    }
)


@_attrs_define
class CareerElementGroup:
    """A labelled group of elements (knowledge, skills or abilities)."""

    id: str
    """ Group id (content-model style). """
    name: str
    """ Group label. """
    element: list[CareerElement] | Unset = UNSET
    """ Elements in the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        element: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element, Unset):
            element = []
            for element_item_data in self.element:
                element_item = element_item_data.to_dict()
                element.append(element_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if element is not UNSET:
            field_dict["element"] = element

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        _element = src_dict.get("element", UNSET)
        element: list[CareerElement] | Unset = UNSET
        if _element is not UNSET:
            element = []
            for element_item_data in _element:
                element_item = CareerElement.from_dict(element_item_data)

                element.append(element_item)

        career_element_group = cls(
            id=id,
            name=name,
            element=element,
        )

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_element_group  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_element_group.additional_properties = d
        return career_element_group

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
from ..models.career_element import CareerElement  # noqa: E402
