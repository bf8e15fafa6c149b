from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsMatcherResultsResponse")
_PROPERTY_NAMES = frozenset(
    {
        "SKARankList",
    }
)


@_attrs_define
class SkillsMatcherResultsResponse:
    """Ranked occupations matching the submitted ratings."""

    ska_rank_list: list[SkillsMatcherRankedOccupation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ska_rank_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.ska_rank_list, Unset):
            ska_rank_list = UNSET
        elif isinstance(self.ska_rank_list, list):
            ska_rank_list = []
            for ska_rank_list_type_0_item_data in self.ska_rank_list:
                ska_rank_list_type_0_item = ska_rank_list_type_0_item_data.to_dict()
                ska_rank_list.append(ska_rank_list_type_0_item)

        else:
            ska_rank_list = self.ska_rank_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ska_rank_list is not UNSET:
            field_dict["SKARankList"] = ska_rank_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_ska_rank_list(data: object) -> list[SkillsMatcherRankedOccupation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ska_rank_list_type_0 = []
                _ska_rank_list_type_0 = data
                for ska_rank_list_type_0_item_data in _ska_rank_list_type_0:
                    ska_rank_list_type_0_item = SkillsMatcherRankedOccupation.from_dict(ska_rank_list_type_0_item_data)

                    ska_rank_list_type_0.append(ska_rank_list_type_0_item)

                return ska_rank_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillsMatcherRankedOccupation] | None | Unset, data)

        ska_rank_list = _parse_ska_rank_list(src_dict.get("SKARankList", UNSET))

        skills_matcher_results_response = cls(
            ska_rank_list=ska_rank_list,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_matcher_results_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_matcher_results_response.additional_properties = d
        return skills_matcher_results_response

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
from ..models.skills_matcher_ranked_occupation import SkillsMatcherRankedOccupation  # noqa: E402
