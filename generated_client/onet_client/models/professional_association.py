from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfessionalAssociation")
_PROPERTY_NAMES = frozenset(
    {
        "category",
        "name",
        "url",
    }
)


@_attrs_define
class ProfessionalAssociation:
    """A professional association (member names unverified for this service)."""

    category: ProfessionalAssociationCategory | Unset = UNSET
    """ Association category (v1.9-era typing; v2 per-occupation reports use national, regional, other). """
    name: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _category = src_dict.get("category", UNSET)
        category: ProfessionalAssociationCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ProfessionalAssociationCategory.from_dict(_category)

        name = src_dict.get("name", UNSET)

        url = src_dict.get("url", UNSET)

        professional_association = cls(
            category=category,
            name=name,
            url=url,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return professional_association  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        professional_association.additional_properties = d
        return professional_association

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
from ..models.professional_association_category import ProfessionalAssociationCategory  # noqa: E402
