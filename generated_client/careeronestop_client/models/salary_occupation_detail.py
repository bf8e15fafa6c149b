from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryOccupationDetail")
_PROPERTY_NAMES = frozenset(
    {
        "OccupationTitle",
        "OccupationCode",
        "Wages",
    }
)


@_attrs_define
class SalaryOccupationDetail:
    """The resolved occupation and its wages."""

    occupation_title: str | Unset = UNSET
    occupation_code: str | Unset = UNSET
    wages: OccupationWages | Unset = UNSET
    """ OEWS wages at national, state and area level. The documentation calls the lists objects, but the JSON has
    arrays. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupation_title = self.occupation_title

        occupation_code = self.occupation_code

        wages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wages, Unset):
            wages = self.wages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occupation_title is not UNSET:
            field_dict["OccupationTitle"] = occupation_title
        if occupation_code is not UNSET:
            field_dict["OccupationCode"] = occupation_code
        if wages is not UNSET:
            field_dict["Wages"] = wages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        occupation_title = src_dict.get("OccupationTitle", UNSET)

        occupation_code = src_dict.get("OccupationCode", UNSET)

        _wages = src_dict.get("Wages", UNSET)
        wages: OccupationWages | Unset
        if isinstance(_wages, Unset):
            wages = UNSET
        else:
            wages = OccupationWages.from_dict(_wages)

        salary_occupation_detail = cls(
            occupation_title=occupation_title,
            occupation_code=occupation_code,
            wages=wages,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return salary_occupation_detail  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        salary_occupation_detail.additional_properties = d
        return salary_occupation_detail

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
from ..models.occupation_wages import OccupationWages  # noqa: E402
