from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsMatcherSubmission")
_PROPERTY_NAMES = frozenset(
    {
        "SKAValueList",
    }
)


@_attrs_define
class SkillsMatcherSubmission:
    """Request body for Submit Skills. Send one rating per question."""

    ska_value_list: list[SkillRating]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ska_value_list = []
        for ska_value_list_item_data in self.ska_value_list:
            ska_value_list_item = ska_value_list_item_data.to_dict()
            ska_value_list.append(ska_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SKAValueList": ska_value_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ska_value_list = []
        _ska_value_list = src_dict["SKAValueList"]
        for ska_value_list_item_data in _ska_value_list:
            ska_value_list_item = SkillRating.from_dict(ska_value_list_item_data)

            ska_value_list.append(ska_value_list_item)

        skills_matcher_submission = cls(
            ska_value_list=ska_value_list,
        )
        _drifted()  # a request model does not check what it holds: a response that contains one is checked whole

        if len(src_dict) == 1 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_matcher_submission  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_matcher_submission.additional_properties = d

        return skills_matcher_submission

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
from ..models.skill_rating import SkillRating  # noqa: E402
