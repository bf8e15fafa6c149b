from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportProfessionalAssociation")
_PROPERTY_NAMES = frozenset(
    {
        "ally",
        "category",
        "name",
        "url",
    }
)


@_attrs_define
class ReportProfessionalAssociation:
    """Professional association linked to the occupation."""

    ally: bool | Unset = UNSET
    """ Flag seen in typed client code; meaning not documented. """
    category: ReportProfessionalAssociationCategory | Unset = UNSET
    """ Reach of a professional association. """
    name: str | Unset = UNSET
    """ Association name. Assumed: no real body or documentation shows this field is always sent. """
    url: str | Unset = UNSET
    """ Association web site. Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ally = self.ally

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ally is not UNSET:
            field_dict["ally"] = ally
        if category is not UNSET:
            field_dict["category"] = category
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ally = src_dict.get("ally", UNSET)

        _category = src_dict.get("category", UNSET)
        category: ReportProfessionalAssociationCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ReportProfessionalAssociationCategory.from_dict(_category)

        name = src_dict.get("name", UNSET)

        url = src_dict.get("url", UNSET)

        report_professional_association = cls(
            ally=ally,
            category=category,
            name=name,
            url=url,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_professional_association  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_professional_association.additional_properties = d
        return report_professional_association

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
from ..models.report_professional_association_category import ReportProfessionalAssociationCategory  # noqa: E402
