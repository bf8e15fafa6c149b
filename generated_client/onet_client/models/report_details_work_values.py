from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportDetailsWorkValues")
_PROPERTY_NAMES = frozenset(
    {
        "element",
    }
)


@_attrs_define
class ReportDetailsWorkValues:
    """Work values of the occupation (details report), shape carried over from v1.9; the service may answer 404 instead.
    v1.9 also gave each element an Extent rating; its v2 property name is unknown, so it is not modelled.

    """

    element: list[ReportElementSummary] | Unset = UNSET
    """ Work value elements (rating property unknown). Assumed: no real body or documentation shows this field is
    always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element, Unset):
            element = []
            for element_item_data in self.element:
                element_item = element_item_data.to_dict()
                element.append(element_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if element is not UNSET:
            field_dict["element"] = element

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _element = src_dict.get("element", UNSET)
        element: list[ReportElementSummary] | Unset = UNSET
        if _element is not UNSET:
            element = []
            for element_item_data in _element:
                element_item = ReportElementSummary.from_dict(element_item_data)

                element.append(element_item)

        report_details_work_values = cls(
            element=element,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_details_work_values  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_details_work_values.additional_properties = d
        return report_details_work_values

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
from ..models.report_element_summary import ReportElementSummary  # noqa: E402
