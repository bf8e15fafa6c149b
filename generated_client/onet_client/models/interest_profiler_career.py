from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interest_profiler_career_fit import InterestProfilerCareerFit, check_interest_profiler_career_fit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="InterestProfilerCareer")


@_attrs_define
class InterestProfilerCareer:
    """A career matched to an interest profile: a career listing item plus the strength of the match."""

    code: str
    href: str
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    fit: InterestProfilerCareerFit | Unset = UNSET
    """ How well a career fits the interest profile. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tags import Tags  # noqa: PLC0415

        code = self.code

        href = self.href

        tags = self.tags.to_dict()

        title = self.title

        fit: str | Unset = UNSET
        if not isinstance(self.fit, Unset):
            fit = self.fit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "href": href,
                "tags": tags,
                "title": title,
            }
        )
        if fit is not UNSET:
            field_dict["fit"] = fit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        href = d.pop("href")

        tags = Tags.from_dict(d.pop("tags"))

        title = d.pop("title")

        _fit = d.pop("fit", UNSET)
        fit: InterestProfilerCareerFit | Unset
        if isinstance(_fit, Unset):
            fit = UNSET
        else:
            fit = check_interest_profiler_career_fit(_fit)

        interest_profiler_career = cls(
            code=code,
            href=href,
            tags=tags,
            title=title,
            fit=fit,
        )

        interest_profiler_career.additional_properties = d
        return interest_profiler_career

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
