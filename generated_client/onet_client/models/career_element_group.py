from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerElementGroup")
_PROPERTY_NAMES = frozenset(
    {
        "element",
        "id",
        "name",
    }
)


@_attrs_define
class CareerElementGroup:
    """A labelled group of elements (knowledge, skills or abilities)."""

    element: list[CareerElement] | Unset = UNSET
    """ Elements in the group. """
    id: str | Unset = UNSET
    """ Group id (content-model style). Assumed: no real body or documentation shows this field is always sent. """
    name: str | Unset = UNSET
    """ Group label. Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element, Unset):
            element = []
            for element_item_data in self.element:
                element_item = element_item_data.to_dict()
                element.append(element_item)

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if element is not UNSET:
            field_dict["element"] = element
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _element = src_dict.get("element", UNSET)
        element: list[CareerElement] | Unset = UNSET
        if _element is not UNSET:
            element = []
            for element_item_data in _element:
                element_item = CareerElement.from_dict(element_item_data)

                element.append(element_item)

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        career_element_group = cls(
            element=element,
            id=id,
            name=name,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
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
