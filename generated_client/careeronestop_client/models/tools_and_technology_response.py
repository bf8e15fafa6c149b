from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolsAndTechnologyResponse")
_PROPERTY_NAMES = frozenset(
    {
        "TechToolOccupationDetails",
        "RecordCount",
        "MetaData",
    }
)


@_attrs_define
class ToolsAndTechnologyResponse:
    """Envelope for List Tools and Tech by Occupation."""

    tech_tool_occupation_details: ToolsAndTechnology | Unset = UNSET
    """ O*NET tools and technology for one occupation. Shared by Get Occupation Details and List Tools and Tech. """
    record_count: int | Unset = UNSET
    """ Number of tool entries. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tech_tool_occupation_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tech_tool_occupation_details, Unset):
            tech_tool_occupation_details = self.tech_tool_occupation_details.to_dict()

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
        if tech_tool_occupation_details is not UNSET:
            field_dict["TechToolOccupationDetails"] = tech_tool_occupation_details
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _tech_tool_occupation_details = src_dict.get("TechToolOccupationDetails", UNSET)
        tech_tool_occupation_details: ToolsAndTechnology | Unset
        if isinstance(_tech_tool_occupation_details, Unset):
            tech_tool_occupation_details = UNSET
        else:
            tech_tool_occupation_details = ToolsAndTechnology.from_dict(_tech_tool_occupation_details)

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

        tools_and_technology_response = cls(
            tech_tool_occupation_details=tech_tool_occupation_details,
            record_count=record_count,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return tools_and_technology_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        tools_and_technology_response.additional_properties = d
        return tools_and_technology_response

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
from ..models.tools_and_technology import ToolsAndTechnology  # noqa: E402
