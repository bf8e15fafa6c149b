from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportDetailsInterests")
_PROPERTY_NAMES = frozenset(
    {
        "element",
        "interest_code",
    }
)


@_attrs_define
class ReportDetailsInterests:
    """RIASEC interest ratings of the occupation (details report). Treated as not paged; clients model optional paging
    fields, which would arrive as extra properties.

    """

    element: list[ReportInterestDetails]
    """ The six RIASEC areas with ratings. """
    interest_code: str | Unset = UNSET
    """ High-point RIASEC letters; seen on the summary variant only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element = []
        for element_item_data in self.element:
            element_item = element_item_data.to_dict()
            element.append(element_item)

        interest_code = self.interest_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "element": element,
            }
        )
        if interest_code is not UNSET:
            field_dict["interest_code"] = interest_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        element = []
        _element = src_dict["element"]
        for element_item_data in _element:
            element_item = ReportInterestDetails.from_dict(element_item_data)

            element.append(element_item)

        interest_code = src_dict.get("interest_code", UNSET)

        report_details_interests = cls(
            element=element,
            interest_code=interest_code,
        )

        if len(src_dict) == 1 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_details_interests  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_details_interests.additional_properties = d
        return report_details_interests

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
from ..models.report_interest_details import ReportInterestDetails  # noqa: E402
