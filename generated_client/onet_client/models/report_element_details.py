from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportElementDetails")
_PROPERTY_NAMES = frozenset(
    {
        "description",
        "id",
        "importance",
        "name",
        "related",
    }
)


@_attrs_define
class ReportElementDetails:
    """Content-model element as listed in a details report section, with its importance rating."""

    description: str
    """ Element description. """
    id: str
    """ O*NET content-model element id, e.g. 2.A.1.a. """
    importance: int | None
    """ Importance rating rescaled to 0-100. Present and never null on every work activity, skill, knowledge area,
    ability and work style of the five captured occupations; typed as nullable only because one v2 client guards
    against null. No separate level rating was seen in v2. """
    name: str
    """ Element name. """
    related: str
    """ URL of the resource listing occupations related through this element (observed as
    .../online/occupations/{code}/related/{section}/{id}). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        importance: int | None
        importance = self.importance

        name = self.name

        related = self.related

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "importance": importance,
                "name": name,
                "related": related,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict["description"]

        id = src_dict["id"]

        importance = cast(int | None, src_dict["importance"])

        name = src_dict["name"]

        related = src_dict["related"]

        report_element_details = cls(
            description=description,
            id=id,
            importance=importance,
            name=name,
            related=related,
        )

        if len(src_dict) == 5 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_element_details  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_element_details.additional_properties = d
        return report_element_details

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
