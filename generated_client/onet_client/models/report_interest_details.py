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

    description: str | Unset = UNSET
    """ Description of the interest area. Assumed: no real body or documentation shows this field is always sent.
    """
    id: str | Unset = UNSET
    """ Element id, 1.B.1.a to 1.B.1.f. Assumed: no real body or documentation shows this field is always sent. """
    name: ReportInterestDetailsName | Unset = UNSET
    """ RIASEC interest area name. """
    occupational_interest: int | Unset = UNSET
    """ Occupational interest rating 0-100. Assumed: no real body or documentation shows this field is always sent.
    """
    related: str | Unset = UNSET
    """ URL of the resource listing occupations related through this interest. Assumed: no real body or
    documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        occupational_interest = self.occupational_interest

        related = self.related

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if occupational_interest is not UNSET:
            field_dict["occupational_interest"] = occupational_interest
        if related is not UNSET:
            field_dict["related"] = related

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict.get("description", UNSET)

        id = src_dict.get("id", UNSET)

        _name = src_dict.get("name", UNSET)
        name: ReportInterestDetailsName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = check_report_interest_details_name(_name)

        occupational_interest = src_dict.get("occupational_interest", UNSET)

        related = src_dict.get("related", UNSET)

        report_interest_details = cls(
            description=description,
            id=id,
            name=name,
            occupational_interest=occupational_interest,
            related=related,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
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
