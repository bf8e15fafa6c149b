from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_professional_association_category_code import (
    ReportProfessionalAssociationCategoryCode,
    check_report_professional_association_category_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportProfessionalAssociationCategory")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "title",
    }
)


@_attrs_define
class ReportProfessionalAssociationCategory:
    """Reach of a professional association."""

    code: ReportProfessionalAssociationCategoryCode
    """ Category of a professional association. """
    title: str
    """ Category display name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = check_report_professional_association_category_code(src_dict["code"])

        title = src_dict["title"]

        report_professional_association_category = cls(
            code=code,
            title=title,
        )

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_professional_association_category  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_professional_association_category.additional_properties = d
        return report_professional_association_category

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
