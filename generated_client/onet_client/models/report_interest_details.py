from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_interest_details_name import ReportInterestDetailsName, check_report_interest_details_name
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportInterestDetails")
_PROPERTY_NAMES = frozenset(
    {
        "description",
        "id",
        "name",
        "occupational_interest",
        "related",
    }
)


@_attrs_define
class ReportInterestDetails:
    """RIASEC interest area with the occupation's rating (details report)."""

    description: str
    """ Description of the interest area. """
    id: str
    """ Element id, 1.B.1.a to 1.B.1.f. """
    name: ReportInterestDetailsName
    """ RIASEC interest area name. """
    occupational_interest: int
    """ Occupational interest rating 0-100. """
    related: str
    """ URL of the resource listing occupations related through this interest. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name: str = self.name

        occupational_interest = self.occupational_interest

        related = self.related

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "occupational_interest": occupational_interest,
                "related": related,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict["description"]

        id = src_dict["id"]

        name = check_report_interest_details_name(src_dict["name"])

        occupational_interest = src_dict["occupational_interest"]

        related = src_dict["related"]

        report_interest_details = cls(
            description=description,
            id=id,
            name=name,
            occupational_interest=occupational_interest,
            related=related,
        )

        if len(src_dict) == 5 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_interest_details  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_interest_details.additional_properties = d
        return report_interest_details

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
