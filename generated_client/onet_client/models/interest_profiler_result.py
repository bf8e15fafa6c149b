from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interest_profiler_area_code import InterestProfilerAreaCode, check_interest_profiler_area_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerResult")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "description",
        "href",
        "score",
        "title",
    }
)


@_attrs_define
class InterestProfilerResult:
    """Score for one RIASEC interest area."""

    code: InterestProfilerAreaCode | Unset = UNSET
    """ RIASEC interest area code (English in every tree). """
    description: str | Unset = UNSET
    """ What the interest area means. Assumed: no real body or documentation shows this field is always sent. """
    href: str | Unset = UNSET
    """ Per-area link, probably to the single-interest careers operation. Declared by one doc-reading client only;
    unconfirmed. """
    score: int | Unset = UNSET
    """ Raw score for the area: 0..40 for the 60-item form (10 items scored 0..4); smaller range for the Mini-IP.
    Assumed: no real body or documentation shows this field is always sent. """
    title: str | Unset = UNSET
    """ Interest area name; translated in /mpp. Assumed: no real body or documentation shows this field is always
    sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        description = self.description

        href = self.href

        score = self.score

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if href is not UNSET:
            field_dict["href"] = href
        if score is not UNSET:
            field_dict["score"] = score
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _code = src_dict.get("code", UNSET)
        code: InterestProfilerAreaCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_interest_profiler_area_code(_code)

        description = src_dict.get("description", UNSET)

        href = src_dict.get("href", UNSET)

        score = src_dict.get("score", UNSET)

        title = src_dict.get("title", UNSET)

        interest_profiler_result = cls(
            code=code,
            description=description,
            href=href,
            score=score,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return interest_profiler_result  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        interest_profiler_result.additional_properties = d
        return interest_profiler_result

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
