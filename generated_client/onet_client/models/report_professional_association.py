from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportProfessionalAssociation")
_PROPERTY_NAMES = frozenset(
    {
        "category",
        "name",
        "url",
        "ally",
    }
)


@_attrs_define
class ReportProfessionalAssociation:
    """Professional association linked to the occupation."""

    category: ReportProfessionalAssociationCategory
    """ Reach of a professional association. """
    name: str
    """ Association name. """
    url: str
    """ Association web site. """
    ally: bool | Unset = UNSET
    """ Flag whose meaning is not documented. Real bodies carry it only as true (one association of 15-2031.00) and
    leave it out otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.to_dict()

        name = self.name

        url = self.url

        ally = self.ally

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "name": name,
                "url": url,
            }
        )
        if ally is not UNSET:
            field_dict["ally"] = ally

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        category = ReportProfessionalAssociationCategory.from_dict(src_dict["category"])

        name = src_dict["name"]

        url = src_dict["url"]

        ally = src_dict.get("ally", UNSET)

        report_professional_association = cls(
            category=category,
            name=name,
            url=url,
            ally=ally,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
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
