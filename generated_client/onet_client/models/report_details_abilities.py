from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportDetailsAbilities")
_PROPERTY_NAMES = frozenset(
    {
        "end",
        "start",
        "total",
        "element",
        "next",
        "prev",
    }
)


@_attrs_define
class ReportDetailsAbilities:
    """A page of abilities with importance (details report)."""

    end: int
    """ Index of the last returned result (inclusive). """
    start: int
    """ Index of the first returned result (1-based). """
    total: int
    """ Number of results across all pages. """
    element: list[ReportElementDetails]
    next_: str | Unset = UNSET
    """ URL of the next page; absent on the last page. """
    prev: str | Unset = UNSET
    """ URL of the previous page; absent on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        total = self.total

        element = []
        for element_item_data in self.element:
            element_item = element_item_data.to_dict()
            element.append(element_item)

        next_ = self.next_

        prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "total": total,
                "element": element,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        end = src_dict["end"]

        start = src_dict["start"]

        total = src_dict["total"]

        element = []
        _element = src_dict["element"]
        for element_item_data in _element:
            element_item = ReportElementDetails.from_dict(element_item_data)

            element.append(element_item)

        next_ = src_dict.get("next", UNSET)

        prev = src_dict.get("prev", UNSET)

        report_details_abilities = cls(
            end=end,
            start=start,
            total=total,
            element=element,
            next_=next_,
            prev=prev,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_details_abilities  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_details_abilities.additional_properties = d
        return report_details_abilities

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
from ..models.report_element_details import ReportElementDetails  # noqa: E402
