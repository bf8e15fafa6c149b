from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportWorkContextResponse")
_PROPERTY_NAMES = frozenset(
    {
        "description",
        "percentage_of_respondents",
    }
)


@_attrs_define
class ReportWorkContextResponse:
    """One answer category of a work context question and the share of respondents choosing it."""

    description: str
    """ Answer category, e.g. Every day. """
    percentage_of_respondents: int
    """ Share of respondents (0-100). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        percentage_of_respondents = self.percentage_of_respondents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "percentage_of_respondents": percentage_of_respondents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict["description"]

        percentage_of_respondents = src_dict["percentage_of_respondents"]

        report_work_context_response = cls(
            description=description,
            percentage_of_respondents=percentage_of_respondents,
        )

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_work_context_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_work_context_response.additional_properties = d
        return report_work_context_response

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
