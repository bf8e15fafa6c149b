from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportDetailsEducation")
_PROPERTY_NAMES = frozenset(
    {
        "response",
    }
)


@_attrs_define
class ReportDetailsEducation:
    """Education levels reported for the occupation (details report); not paged."""

    response: list[ReportEducationDetailsLevel]
    """ Education levels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = []
        for response_item_data in self.response:
            response_item = response_item_data.to_dict()
            response.append(response_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        response = []
        _response = src_dict["response"]
        for response_item_data in _response:
            response_item = ReportEducationDetailsLevel.from_dict(response_item_data)

            response.append(response_item)

        report_details_education = cls(
            response=response,
        )

        if len(src_dict) == 1 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_details_education  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_details_education.additional_properties = d
        return report_details_education

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
from ..models.report_education_details_level import ReportEducationDetailsLevel  # noqa: E402
