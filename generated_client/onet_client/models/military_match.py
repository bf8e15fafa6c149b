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
        "external_info",
        "title",
    }
)


@_attrs_define
class MilitaryMatch:
    """A military occupation."""

    active: bool | Unset = UNSET
    """ False for retired military codes. Assumed: no real body or documentation shows this field is always sent.
    """
    branch: MilitaryMatchBranch | Unset = UNSET
    """ Military branch of a matched classification. """
    code: str | Unset = UNSET
    """ Military occupation code (MOS, rating, AFSC or designator), e.g. 11B. Assumed: no real body or documentation
    shows this field is always sent. """
    external_info: list[MilitaryExternalInfo] | Unset = UNSET
    """ Outside links (v1.9; unconfirmed in v2). """
    title: str | Unset = UNSET
    """ Military job title with branch and category in parentheses, e.g. Infantryman (Army - Enlisted). Assumed: no
    real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        branch: str | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch

        code = self.code

        external_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_info, Unset):
            external_info = []
            for external_info_item_data in self.external_info:
                external_info_item = external_info_item_data.to_dict()
                external_info.append(external_info_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if branch is not UNSET:
            field_dict["branch"] = branch
        if code is not UNSET:
            field_dict["code"] = code
        if external_info is not UNSET:
            field_dict["external_info"] = external_info
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        active = src_dict.get("active", UNSET)

        _branch = src_dict.get("branch", UNSET)
        branch: MilitaryMatchBranch | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = check_military_match_branch(_branch)

        code = src_dict.get("code", UNSET)

        _external_info = src_dict.get("external_info", UNSET)
        external_info: list[MilitaryExternalInfo] | Unset = UNSET
        if _external_info is not UNSET:
            external_info = []
            for external_info_item_data in _external_info:
                external_info_item = MilitaryExternalInfo.from_dict(external_info_item_data)

                external_info.append(external_info_item)

        title = src_dict.get("title", UNSET)

        military_match = cls(
            active=active,
            branch=branch,
            code=code,
            external_info=external_info,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
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
