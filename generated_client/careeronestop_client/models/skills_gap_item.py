from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsGapItem")
_PROPERTY_NAMES = frozenset(
    {
        "Title",
        "Description",
        "SkillId",
        "SKScoreCurrent",
        "SKScoreTarget",
        "SkillType",
        "AvailableTraining",
    }
)


@_attrs_define
class SkillsGapItem:
    """A skill or knowledge item where the target occupation needs more."""

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    skill_id: str | Unset = UNSET
    """ O*NET element id. """
    sk_score_current: str | Unset = UNSET
    """ Level label for the current occupation (Very Low to Very High). """
    sk_score_target: str | Unset = UNSET
    """ Level label for the target occupation. """
    skill_type: str | Unset = UNSET
    """ `skills` or `knowledge`. """
    available_training: bool | Unset = UNSET
    """ Whether training exists for this gap. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        skill_id = self.skill_id

        sk_score_current = self.sk_score_current

        sk_score_target = self.sk_score_target

        skill_type = self.skill_type

        available_training = self.available_training

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if skill_id is not UNSET:
            field_dict["SkillId"] = skill_id
        if sk_score_current is not UNSET:
            field_dict["SKScoreCurrent"] = sk_score_current
        if sk_score_target is not UNSET:
            field_dict["SKScoreTarget"] = sk_score_target
        if skill_type is not UNSET:
            field_dict["SkillType"] = skill_type
        if available_training is not UNSET:
            field_dict["AvailableTraining"] = available_training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("Title", UNSET)

        description = src_dict.get("Description", UNSET)

        skill_id = src_dict.get("SkillId", UNSET)

        sk_score_current = src_dict.get("SKScoreCurrent", UNSET)

        sk_score_target = src_dict.get("SKScoreTarget", UNSET)

        skill_type = src_dict.get("SkillType", UNSET)

        available_training = src_dict.get("AvailableTraining", UNSET)

        skills_gap_item = cls(
            title=title,
            description=description,
            skill_id=skill_id,
            sk_score_current=sk_score_current,
            sk_score_target=sk_score_target,
            skill_type=skill_type,
            available_training=available_training,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_gap_item  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_gap_item.additional_properties = d
        return skills_gap_item

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
