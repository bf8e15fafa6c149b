from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.military_career_match_type import MilitaryCareerMatchType, check_military_career_match_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilitaryCareer")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "tags",
        "title",
        "match_type",
        "military_jobs",
        "pay_grade",
        "preparation_needed",
    }
)


@_attrs_define
class MilitaryCareer:
    """A civilian career matched to a military job."""

    code: str
    href: str
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    match_type: MilitaryCareerMatchType | Unset = UNSET
    """ How a civilian career matched the military search. """
    military_jobs: MilitaryJobsByBranch | Unset = UNSET
    """ Branches with related military jobs (v1.9; unconfirmed in v2). """
    pay_grade: str | Unset = UNSET
    """ Pay grade, e.g. E1. """
    preparation_needed: str | Unset = UNSET
    """ Preparation level, e.g. First term. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        href = self.href

        tags = self.tags.to_dict()

        title = self.title

        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = self.match_type

        military_jobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.military_jobs, Unset):
            military_jobs = self.military_jobs.to_dict()

        pay_grade = self.pay_grade

        preparation_needed = self.preparation_needed

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
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if military_jobs is not UNSET:
            field_dict["military_jobs"] = military_jobs
        if pay_grade is not UNSET:
            field_dict["pay_grade"] = pay_grade
        if preparation_needed is not UNSET:
            field_dict["preparation_needed"] = preparation_needed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        href = src_dict["href"]

        tags = Tags.from_dict(src_dict["tags"])

        title = src_dict["title"]

        _match_type = src_dict.get("match_type", UNSET)
        match_type: MilitaryCareerMatchType | Unset
        if isinstance(_match_type, Unset):
            match_type = UNSET
        else:
            match_type = check_military_career_match_type(_match_type)

        _military_jobs = src_dict.get("military_jobs", UNSET)
        military_jobs: MilitaryJobsByBranch | Unset
        if isinstance(_military_jobs, Unset):
            military_jobs = UNSET
        else:
            military_jobs = MilitaryJobsByBranch.from_dict(_military_jobs)

        pay_grade = src_dict.get("pay_grade", UNSET)

        preparation_needed = src_dict.get("preparation_needed", UNSET)

        military_career = cls(
            code=code,
            href=href,
            tags=tags,
            title=title,
            match_type=match_type,
            military_jobs=military_jobs,
            pay_grade=pay_grade,
            preparation_needed=preparation_needed,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return military_career  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        military_career.additional_properties = d
        return military_career

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
from ..models.military_jobs_by_branch import MilitaryJobsByBranch  # noqa: E402
from ..models.tags import Tags  # noqa: E402
