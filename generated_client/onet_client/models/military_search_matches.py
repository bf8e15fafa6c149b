from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MilitarySearchMatches")
_PROPERTY_NAMES = frozenset(
    {
        "military_match",
    }
)


@_attrs_define
class MilitarySearchMatches:
    """Military occupations recognised from the keyword, sent with each page of careers."""

    military_match: list[MilitaryMatch] | Unset = UNSET
    """ Military occupations matching the keyword (v1.9: military_matches.match); not the paged items. Assumed: no
    real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        military_match: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.military_match, Unset):
            military_match = []
            for military_match_item_data in self.military_match:
                military_match_item = military_match_item_data.to_dict()
                military_match.append(military_match_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if military_match is not UNSET:
            field_dict["military_match"] = military_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _military_match = src_dict.get("military_match", UNSET)
        military_match: list[MilitaryMatch] | Unset = UNSET
        if _military_match is not UNSET:
            military_match = []
            for military_match_item_data in _military_match:
                military_match_item = MilitaryMatch.from_dict(military_match_item_data)

                military_match.append(military_match_item)

        military_search_matches = cls(
            military_match=military_match,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return military_search_matches  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        military_search_matches.additional_properties = d
        return military_search_matches

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
from ..models.military_match import MilitaryMatch  # noqa: E402
