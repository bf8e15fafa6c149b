from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.military_career_match_type import MilitaryCareerMatchType, check_military_career_match_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.military_jobs_by_branch import MilitaryJobsByBranch
    from ..models.tags import Tags


T = TypeVar("T", bound="MilitaryCareer")


@_attrs_define
class MilitaryCareer:
    """A civilian career matched to a military job."""

    code: str
    href: str
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    match_type: MilitaryCareerMatchType
    """ How a civilian career matched the military search. """
    military_jobs: MilitaryJobsByBranch | Unset = UNSET
    """ Branches with related military jobs (v1.9; unconfirmed in v2). """
    pay_grade: str | Unset = UNSET
    """ Pay grade, e.g. E1. """
    preparation_needed: str | Unset = UNSET
    """ Preparation level, e.g. First term. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.military_jobs_by_branch import MilitaryJobsByBranch  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        code = self.code

        href = self.href

        tags = self.tags.to_dict()

        title = self.title

        match_type: str = self.match_type

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
                "match_type": match_type,
            }
        )
        if military_jobs is not UNSET:
            field_dict["military_jobs"] = military_jobs
        if pay_grade is not UNSET:
            field_dict["pay_grade"] = pay_grade
        if preparation_needed is not UNSET:
            field_dict["preparation_needed"] = preparation_needed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.military_jobs_by_branch import MilitaryJobsByBranch  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        href = d.pop("href")

        tags = Tags.from_dict(d.pop("tags"))

        title = d.pop("title")

        match_type = check_military_career_match_type(d.pop("match_type"))

        _military_jobs = d.pop("military_jobs", UNSET)
        military_jobs: MilitaryJobsByBranch | Unset
        if isinstance(_military_jobs, Unset):
            military_jobs = UNSET
        else:
            military_jobs = MilitaryJobsByBranch.from_dict(_military_jobs)

        pay_grade = d.pop("pay_grade", UNSET)

        preparation_needed = d.pop("preparation_needed", UNSET)

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
