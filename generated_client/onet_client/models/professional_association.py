from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.professional_association_category import ProfessionalAssociationCategory


T = TypeVar("T", bound="ProfessionalAssociation")


@_attrs_define
class ProfessionalAssociation:
    """A professional association (member names unverified for this service)."""

    name: str
    category: ProfessionalAssociationCategory | Unset = UNSET
    """ Association category (v1.9-era typing; v2 per-occupation reports use national, regional, other). """
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.professional_association_category import ProfessionalAssociationCategory  # noqa: PLC0415

        name = self.name

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.professional_association_category import ProfessionalAssociationCategory  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _category = d.pop("category", UNSET)
        category: ProfessionalAssociationCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ProfessionalAssociationCategory.from_dict(_category)

        url = d.pop("url", UNSET)

        professional_association = cls(
            name=name,
            category=category,
            url=url,
        )

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
