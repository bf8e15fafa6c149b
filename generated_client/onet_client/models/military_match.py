from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.military_match_branch import MilitaryMatchBranch, check_military_match_branch
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilitaryMatch")
_PROPERTY_NAMES = frozenset(
    {
        "active",
        "branch",
        "code",
        "title",
        "external_info",
    }
)


@_attrs_define
class MilitaryMatch:
    """A military occupation."""

    active: bool
    """ False for retired military codes. """
    branch: MilitaryMatchBranch
    """ Military branch of a matched classification. """
    code: str
    """ Military occupation code (MOS, rating, AFSC or designator), e.g. 11B. """
    title: str
    """ Military job title with branch and category in parentheses, e.g. Infantryman (Army - Enlisted). """
    external_info: list[MilitaryExternalInfo] | Unset = UNSET
    """ Outside links (v1.9; unconfirmed in v2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        branch: str = self.branch

        code = self.code

        title = self.title

        external_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_info, Unset):
            external_info = []
            for external_info_item_data in self.external_info:
                external_info_item = external_info_item_data.to_dict()
                external_info.append(external_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "branch": branch,
                "code": code,
                "title": title,
            }
        )
        if external_info is not UNSET:
            field_dict["external_info"] = external_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        active = src_dict["active"]

        branch = check_military_match_branch(src_dict["branch"])

        code = src_dict["code"]

        title = src_dict["title"]

        _external_info = src_dict.get("external_info", UNSET)
        external_info: list[MilitaryExternalInfo] | Unset = UNSET
        if _external_info is not UNSET:
            external_info = []
            for external_info_item_data in _external_info:
                external_info_item = MilitaryExternalInfo.from_dict(external_info_item_data)

                external_info.append(external_info_item)

        military_match = cls(
            active=active,
            branch=branch,
            code=code,
            title=title,
            external_info=external_info,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return military_match  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        military_match.additional_properties = d
        return military_match

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
from ..models.military_external_info import MilitaryExternalInfo  # noqa: E402
