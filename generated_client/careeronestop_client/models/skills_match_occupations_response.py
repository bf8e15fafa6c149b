from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsMatchOccupationsResponse")
_PROPERTY_NAMES = frozenset(
    {
        "OccupationList",
        "RecordCount",
        "MetaData",
    }
)


@_attrs_define
class SkillsMatchOccupationsResponse:
    """Guessed envelope for List Occupations by Skills Match. It has not been observed."""

    occupation_list: list[SkillsMatchOccupation] | None | Unset = UNSET
    record_count: int | Unset = UNSET
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupation_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.occupation_list, Unset):
            occupation_list = UNSET
        elif isinstance(self.occupation_list, list):
            occupation_list = []
            for occupation_list_type_0_item_data in self.occupation_list:
                occupation_list_type_0_item = occupation_list_type_0_item_data.to_dict()
                occupation_list.append(occupation_list_type_0_item)

        else:
            occupation_list = self.occupation_list

        record_count = self.record_count

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ResponseMetadata):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occupation_list is not UNSET:
            field_dict["OccupationList"] = occupation_list
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_occupation_list(data: object) -> list[SkillsMatchOccupation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                occupation_list_type_0 = []
                _occupation_list_type_0 = data
                for occupation_list_type_0_item_data in _occupation_list_type_0:
                    occupation_list_type_0_item = SkillsMatchOccupation.from_dict(occupation_list_type_0_item_data)

                    occupation_list_type_0.append(occupation_list_type_0_item)

                return occupation_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillsMatchOccupation] | None | Unset, data)

        occupation_list = _parse_occupation_list(src_dict.get("OccupationList", UNSET))

        record_count = src_dict.get("RecordCount", UNSET)

        def _parse_meta_data(data: object) -> None | ResponseMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_data_type_0 = ResponseMetadata.from_dict(data)

                return meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMetadata | Unset, data)

        meta_data = _parse_meta_data(src_dict.get("MetaData", UNSET))

        skills_match_occupations_response = cls(
            occupation_list=occupation_list,
            record_count=record_count,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_match_occupations_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_match_occupations_response.additional_properties = d
        return skills_match_occupations_response

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
from ..models.response_metadata import ResponseMetadata  # noqa: E402
from ..models.skills_match_occupation import SkillsMatchOccupation  # noqa: E402
