from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingProgramsV1Response")
_PROPERTY_NAMES = frozenset(
    {
        "SchoolPrograms",
        "RecordCount",
    }
)


@_attrs_define
class TrainingProgramsV1Response:
    """Envelope for List Training Programs v1."""

    school_programs: list[TrainingProgramV1] | Unset = UNSET
    record_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        school_programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.school_programs, Unset):
            school_programs = []
            for school_programs_item_data in self.school_programs:
                school_programs_item = school_programs_item_data.to_dict()
                school_programs.append(school_programs_item)

        record_count = self.record_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if school_programs is not UNSET:
            field_dict["SchoolPrograms"] = school_programs
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _school_programs = src_dict.get("SchoolPrograms", UNSET)
        school_programs: list[TrainingProgramV1] | Unset = UNSET
        if _school_programs is not UNSET:
            school_programs = []
            for school_programs_item_data in _school_programs:
                school_programs_item = TrainingProgramV1.from_dict(school_programs_item_data)

                school_programs.append(school_programs_item)

        record_count = src_dict.get("RecordCount", UNSET)

        training_programs_v1_response = cls(
            school_programs=school_programs,
            record_count=record_count,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return training_programs_v1_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        training_programs_v1_response.additional_properties = d
        return training_programs_v1_response

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
from ..models.training_program_v1 import TrainingProgramV1  # noqa: E402
