from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataDataSource")
_PROPERTY_NAMES = frozenset(
    {
        "DataName",
        "DataSourceName",
        "DataSourceUrl",
        "DataLastUpdate",
        "DataVintageOrVersion",
        "DataDescription",
        "DataSourceCitation",
    }
)


@_attrs_define
class MetadataDataSource:
    """One dataset behind a response."""

    data_name: str | Unset = UNSET
    """ Dataset label. """
    data_source_name: str | Unset = UNSET
    """ Program or agency that produces it. """
    data_source_url: str | Unset = UNSET
    """ Link to the source. """
    data_last_update: str | Unset = UNSET
    """ When CareerOneStop last refreshed it. """
    data_vintage_or_version: str | Unset = UNSET
    """ Data year or release. """
    data_description: str | Unset = UNSET
    """ What the data is. """
    data_source_citation: str | Unset = UNSET
    """ Citation for this dataset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_name = self.data_name

        data_source_name = self.data_source_name

        data_source_url = self.data_source_url

        data_last_update = self.data_last_update

        data_vintage_or_version = self.data_vintage_or_version

        data_description = self.data_description

        data_source_citation = self.data_source_citation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_name is not UNSET:
            field_dict["DataName"] = data_name
        if data_source_name is not UNSET:
            field_dict["DataSourceName"] = data_source_name
        if data_source_url is not UNSET:
            field_dict["DataSourceUrl"] = data_source_url
        if data_last_update is not UNSET:
            field_dict["DataLastUpdate"] = data_last_update
        if data_vintage_or_version is not UNSET:
            field_dict["DataVintageOrVersion"] = data_vintage_or_version
        if data_description is not UNSET:
            field_dict["DataDescription"] = data_description
        if data_source_citation is not UNSET:
            field_dict["DataSourceCitation"] = data_source_citation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data_name = src_dict.get("DataName", UNSET)

        data_source_name = src_dict.get("DataSourceName", UNSET)

        data_source_url = src_dict.get("DataSourceUrl", UNSET)

        data_last_update = src_dict.get("DataLastUpdate", UNSET)

        data_vintage_or_version = src_dict.get("DataVintageOrVersion", UNSET)

        data_description = src_dict.get("DataDescription", UNSET)

        data_source_citation = src_dict.get("DataSourceCitation", UNSET)

        metadata_data_source = cls(
            data_name=data_name,
            data_source_name=data_source_name,
            data_source_url=data_source_url,
            data_last_update=data_last_update,
            data_vintage_or_version=data_vintage_or_version,
            data_description=data_description,
            data_source_citation=data_source_citation,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return metadata_data_source  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        metadata_data_source.additional_properties = d
        return metadata_data_source

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
