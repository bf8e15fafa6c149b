from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportWorkContextDetailsElement")
_PROPERTY_NAMES = frozenset(
    {
        "description",
        "id",
        "name",
        "related",
        "response",
        "category",
        "context",
    }
)


@_attrs_define
class ReportWorkContextDetailsElement:
    """Work context question in the details report with its overall rating and answer distribution."""

    description: str
    """ The survey question. """
    id: str
    """ Work context element id. """
    name: str
    """ Element name. """
    related: str
    """ URL of the resource listing occupations related through this element. """
    response: list[ReportWorkContextResponse]
    """ Answer distribution. """
    category: str | Unset = UNSET
    """ Seen only in a hand-written client fixture; unconfirmed. """
    context: int | Unset = UNSET
    """ Overall context rating 0-100 (v1.9 score with scale Context). Present on all 57 items of each of four
    captured occupations; still optional, as no other occupation was seen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name = self.name

        related = self.related

        response = []
        for response_item_data in self.response:
            response_item = response_item_data.to_dict()
            response.append(response_item)

        category = self.category

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "related": related,
                "response": response,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict["description"]

        id = src_dict["id"]

        name = src_dict["name"]

        related = src_dict["related"]

        response = []
        _response = src_dict["response"]
        for response_item_data in _response:
            response_item = ReportWorkContextResponse.from_dict(response_item_data)

            response.append(response_item)

        category = src_dict.get("category", UNSET)

        context = src_dict.get("context", UNSET)

        report_work_context_details_element = cls(
            description=description,
            id=id,
            name=name,
            related=related,
            response=response,
            category=category,
            context=context,
        )

        if len(src_dict) == 5 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_work_context_details_element  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_work_context_details_element.additional_properties = d
        return report_work_context_details_element

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
from ..models.report_work_context_response import ReportWorkContextResponse  # noqa: E402
