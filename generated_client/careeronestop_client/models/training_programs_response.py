from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_metadata import ResponseMetadata
    from ..models.training_program import TrainingProgram


T = TypeVar("T", bound="TrainingProgramsResponse")


@_attrs_define
class TrainingProgramsResponse:
    """Envelope for List Training Programs v2."""

    school_programs: list[TrainingProgram] | Unset = UNSET
    record_count: int | Unset = UNSET
    """ Total matches. Declared an integer like every other RecordCount; one client typed it as a string. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415
        from ..models.training_program import TrainingProgram  # noqa: PLC0415

        school_programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.school_programs, Unset):
            school_programs = []
            for school_programs_item_data in self.school_programs:
                school_programs_item = school_programs_item_data.to_dict()
                school_programs.append(school_programs_item)

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
        if school_programs is not UNSET:
            field_dict["SchoolPrograms"] = school_programs
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415
        from ..models.training_program import TrainingProgram  # noqa: PLC0415

        d = dict(src_dict)
        _school_programs = d.pop("SchoolPrograms", UNSET)
        school_programs: list[TrainingProgram] | Unset = UNSET
        if _school_programs is not UNSET:
            school_programs = []
            for school_programs_item_data in _school_programs:
                school_programs_item = TrainingProgram.from_dict(school_programs_item_data)

                school_programs.append(school_programs_item)

        record_count = d.pop("RecordCount", UNSET)

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

        meta_data = _parse_meta_data(d.pop("MetaData", UNSET))

        training_programs_response = cls(
            school_programs=school_programs,
            record_count=record_count,
            meta_data=meta_data,
        )

        training_programs_response.additional_properties = d
        return training_programs_response

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
