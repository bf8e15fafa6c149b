from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerExploreMore")
_PROPERTY_NAMES = frozenset(
    {
        "careers",
        "industries",
    }
)


@_attrs_define
class CareerExploreMore:
    """Explore More section: related careers and industries."""

    careers: list[CareerItem] | Unset = UNSET
    """ Related careers (v1.9: careers.career). Clients read code and title; href and tags assumed. """
    industries: list[CareerExploreIndustry] | Unset = UNSET
    """ Industries employing the career; carried over from v1.9, unconfirmed in v2. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        careers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.careers, Unset):
            careers = []
            for careers_item_data in self.careers:
                careers_item = careers_item_data.to_dict()
                careers.append(careers_item)

        industries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = []
            for industries_item_data in self.industries:
                industries_item = industries_item_data.to_dict()
                industries.append(industries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if careers is not UNSET:
            field_dict["careers"] = careers
        if industries is not UNSET:
            field_dict["industries"] = industries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _careers = src_dict.get("careers", UNSET)
        careers: list[CareerItem] | Unset = UNSET
        if _careers is not UNSET:
            careers = []
            for careers_item_data in _careers:
                careers_item = CareerItem.from_dict(careers_item_data)

                careers.append(careers_item)

        _industries = src_dict.get("industries", UNSET)
        industries: list[CareerExploreIndustry] | Unset = UNSET
        if _industries is not UNSET:
            industries = []
            for industries_item_data in _industries:
                industries_item = CareerExploreIndustry.from_dict(industries_item_data)

                industries.append(industries_item)

        career_explore_more = cls(
            careers=careers,
            industries=industries,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_explore_more  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_explore_more.additional_properties = d
        return career_explore_more

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
from ..models.career_explore_industry import CareerExploreIndustry  # noqa: E402
from ..models.career_item import CareerItem  # noqa: E402
