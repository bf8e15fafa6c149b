from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsMatcherRankedOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "OnetCode",
        "OccupationTitle",
        "Rank",
        "Score",
        "Outlook",
        "AnnualWages",
        "TypicalEducation",
    }
)


@_attrs_define
class SkillsMatcherRankedOccupation:
    """One matching occupation."""

    onet_code: str | Unset = UNSET
    occupation_title: str | Unset = UNSET
    rank: str | Unset = UNSET
    """ 1 is the best match (a numeric string; one client typed it as a number). """
    score: str | Unset = UNSET
    """ Match score (a numeric string; one client typed it as a number). """
    outlook: str | Unset = UNSET
    annual_wages: str | Unset = UNSET
    """ Median annual wage (a numeric string; one client typed it as a number). """
    typical_education: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onet_code = self.onet_code

        occupation_title = self.occupation_title

        rank = self.rank

        score = self.score

        outlook = self.outlook

        annual_wages = self.annual_wages

        typical_education = self.typical_education

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onet_code is not UNSET:
            field_dict["OnetCode"] = onet_code
        if occupation_title is not UNSET:
            field_dict["OccupationTitle"] = occupation_title
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if score is not UNSET:
            field_dict["Score"] = score
        if outlook is not UNSET:
            field_dict["Outlook"] = outlook
        if annual_wages is not UNSET:
            field_dict["AnnualWages"] = annual_wages
        if typical_education is not UNSET:
            field_dict["TypicalEducation"] = typical_education

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        onet_code = src_dict.get("OnetCode", UNSET)

        occupation_title = src_dict.get("OccupationTitle", UNSET)

        rank = src_dict.get("Rank", UNSET)

        score = src_dict.get("Score", UNSET)

        outlook = src_dict.get("Outlook", UNSET)

        annual_wages = src_dict.get("AnnualWages", UNSET)

        typical_education = src_dict.get("TypicalEducation", UNSET)

        skills_matcher_ranked_occupation = cls(
            onet_code=onet_code,
            occupation_title=occupation_title,
            rank=rank,
            score=score,
            outlook=outlook,
            annual_wages=annual_wages,
            typical_education=typical_education,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_matcher_ranked_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_matcher_ranked_occupation.additional_properties = d
        return skills_matcher_ranked_occupation

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
