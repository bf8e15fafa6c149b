from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SiteHotTechnologyList")
_PROPERTY_NAMES = frozenset(
    {
        "end",
        "start",
        "total",
        "next",
        "prev",
        "technology",
    }
)


@_attrs_define
class SiteHotTechnologyList:
    """One page of site-wide Hot Technologies (guess)."""

    end: int
    """ Index of the last returned result (inclusive). """
    start: int
    """ Index of the first returned result (1-based). """
    total: int
    """ Number of results across all pages. """
    next_: str | Unset = UNSET
    """ URL of the next page; absent on the last page. """
    prev: str | Unset = UNSET
    """ URL of the previous page; absent on the first page. """
    technology: list[SiteTechnologyItem] | Unset = UNSET
    """ Hot Technologies on this page. Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        total = self.total

        next_ = self.next_

        prev = self.prev

        technology: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technology, Unset):
            technology = []
            for technology_item_data in self.technology:
                technology_item = technology_item_data.to_dict()
                technology.append(technology_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "total": total,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if technology is not UNSET:
            field_dict["technology"] = technology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        end = src_dict["end"]

        start = src_dict["start"]

        total = src_dict["total"]

        next_ = src_dict.get("next", UNSET)

        prev = src_dict.get("prev", UNSET)

        _technology = src_dict.get("technology", UNSET)
        technology: list[SiteTechnologyItem] | Unset = UNSET
        if _technology is not UNSET:
            technology = []
            for technology_item_data in _technology:
                technology_item = SiteTechnologyItem.from_dict(technology_item_data)

                technology.append(technology_item)

        site_hot_technology_list = cls(
            end=end,
            start=start,
            total=total,
            next_=next_,
            prev=prev,
            technology=technology,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
            return site_hot_technology_list  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        site_hot_technology_list.additional_properties = d
        return site_hot_technology_list

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
from ..models.site_technology_item import SiteTechnologyItem  # noqa: E402
