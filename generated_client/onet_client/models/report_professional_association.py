from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_professional_association_category import ReportProfessionalAssociationCategory


T = TypeVar("T", bound="ReportProfessionalAssociation")


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
    """ Flag seen in typed client code; meaning not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_professional_association_category import ReportProfessionalAssociationCategory  # noqa: PLC0415

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
        from ..models.report_professional_association_category import ReportProfessionalAssociationCategory  # noqa: PLC0415

        d = dict(src_dict)
        category = ReportProfessionalAssociationCategory.from_dict(d.pop("category"))

        name = d.pop("name")

        url = d.pop("url")

        ally = d.pop("ally", UNSET)

        report_professional_association = cls(
            category=category,
            name=name,
            url=url,
            ally=ally,
        )

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
