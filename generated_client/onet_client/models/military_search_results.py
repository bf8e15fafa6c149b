from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MilitarySearchResults")
_PROPERTY_NAMES = frozenset(
    {
        "end",
        "start",
        "total",
        "next",
        "prev",
        "military_match",
        "career",
    }
)


@_attrs_define
class MilitarySearchResults:
    """One page of civilian careers like the given military job, plus the military occupations the keyword matched. Paging
    (start/end/total/next/prev) carried over from v1.9; the paged items are the career array.

    """

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
    military_match: list[MilitaryMatch] | Unset = UNSET
    """ Military occupations matching the keyword (v1.9: military_matches.match); not the paged items. Assumed: no
    real body or documentation shows this field is always sent. """
    career: list[MilitaryCareer] | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        total = self.total

        next_ = self.next_

        prev = self.prev

        military_match: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.military_match, Unset):
            military_match = []
            for military_match_item_data in self.military_match:
                military_match_item = military_match_item_data.to_dict()
                military_match.append(military_match_item)

        career: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.career, Unset):
            career = []
            for career_item_data in self.career:
                career_item = career_item_data.to_dict()
                career.append(career_item)

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
        if military_match is not UNSET:
            field_dict["military_match"] = military_match
        if career is not UNSET:
            field_dict["career"] = career

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        end = src_dict["end"]

        start = src_dict["start"]

        total = src_dict["total"]

        next_ = src_dict.get("next", UNSET)

        prev = src_dict.get("prev", UNSET)

        _military_match = src_dict.get("military_match", UNSET)
        military_match: list[MilitaryMatch] | Unset = UNSET
        if _military_match is not UNSET:
            military_match = []
            for military_match_item_data in _military_match:
                military_match_item = MilitaryMatch.from_dict(military_match_item_data)

                military_match.append(military_match_item)

        _career = src_dict.get("career", UNSET)
        career: list[MilitaryCareer] | Unset = UNSET
        if _career is not UNSET:
            career = []
            for career_item_data in _career:
                career_item = MilitaryCareer.from_dict(career_item_data)

                career.append(career_item)

        military_search_results = cls(
            end=end,
            start=start,
            total=total,
            next_=next_,
            prev=prev,
            military_match=military_match,
            career=career,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
            return military_search_results  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        military_search_results.additional_properties = d
        return military_search_results

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
from ..models.military_career import MilitaryCareer  # noqa: E402
from ..models.military_match import MilitaryMatch  # noqa: E402
