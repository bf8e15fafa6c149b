from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportEducationDetailsLevel")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "percentage_of_respondents",
        "title",
        "description",
    }
)


@_attrs_define
class ReportEducationDetailsLevel:
    """Education level reported for the occupation (details report)."""

    code: int
    """ Education level category number (ordinal). """
    percentage_of_respondents: int
    """ Share of respondents reporting this level (0-100). """
    title: str
    """ Level name. """
    description: str | Unset = UNSET
    """ Longer description of the level. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        percentage_of_respondents = self.percentage_of_respondents

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "percentage_of_respondents": percentage_of_respondents,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        percentage_of_respondents = src_dict["percentage_of_respondents"]

        title = src_dict["title"]

        description = src_dict.get("description", UNSET)

        report_education_details_level = cls(
            code=code,
            percentage_of_respondents=percentage_of_respondents,
            title=title,
            description=description,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_education_details_level  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_education_details_level.additional_properties = d
        return report_education_details_level

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
