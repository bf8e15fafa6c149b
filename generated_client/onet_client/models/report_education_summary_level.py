from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportEducationSummaryLevel")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "description",
        "percentage_of_respondents",
        "title",
    }
)


@_attrs_define
class ReportEducationSummaryLevel:
    """Education level reported for the occupation (summary report)."""

    code: int | Unset = UNSET
    """ Education level category number (ordinal). Assumed: no real body or documentation shows this field is always
    sent. """
    description: str | Unset = UNSET
    """ Longer description of the level. """
    percentage_of_respondents: int | Unset = UNSET
    """ Share of respondents reporting this level (0-100); optional in the summary typing. """
    title: str | Unset = UNSET
    """ Level name, e.g. Bachelor's degree. Assumed: no real body or documentation shows this field is always sent.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        percentage_of_respondents = self.percentage_of_respondents

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if percentage_of_respondents is not UNSET:
            field_dict["percentage_of_respondents"] = percentage_of_respondents
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        description = src_dict.get("description", UNSET)

        percentage_of_respondents = src_dict.get("percentage_of_respondents", UNSET)

        title = src_dict.get("title", UNSET)

        report_education_summary_level = cls(
            code=code,
            description=description,
            percentage_of_respondents=percentage_of_respondents,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_education_summary_level  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_education_summary_level.additional_properties = d
        return report_education_summary_level

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
