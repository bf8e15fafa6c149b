from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseMetadata")
_PROPERTY_NAMES = frozenset(
    {
        "Publisher",
        "Sponsor",
        "LastAccessDate",
        "CitationSuggested",
        "DataSource",
    }
)


@_attrs_define
class ResponseMetadata:
    """Provenance block that comes back when enableMetaData is true."""

    publisher: str | Unset = UNSET
    """ Who publishes the API. """
    sponsor: str | Unset = UNSET
    """ Sponsoring agency. """
    last_access_date: str | Unset = UNSET
    """ UTC ISO-8601 time of the call. Kept as a string because one third-party schema typed it as a number. """
    citation_suggested: str | Unset = UNSET
    """ Recommended citation text. """
    data_source: list[MetadataDataSource] | Unset = UNSET
    """ One entry per underlying dataset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publisher = self.publisher

        sponsor = self.sponsor

        last_access_date = self.last_access_date

        citation_suggested = self.citation_suggested

        data_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = []
            for data_source_item_data in self.data_source:
                data_source_item = data_source_item_data.to_dict()
                data_source.append(data_source_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publisher is not UNSET:
            field_dict["Publisher"] = publisher
        if sponsor is not UNSET:
            field_dict["Sponsor"] = sponsor
        if last_access_date is not UNSET:
            field_dict["LastAccessDate"] = last_access_date
        if citation_suggested is not UNSET:
            field_dict["CitationSuggested"] = citation_suggested
        if data_source is not UNSET:
            field_dict["DataSource"] = data_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        publisher = src_dict.get("Publisher", UNSET)

        sponsor = src_dict.get("Sponsor", UNSET)

        last_access_date = src_dict.get("LastAccessDate", UNSET)

        citation_suggested = src_dict.get("CitationSuggested", UNSET)

        _data_source = src_dict.get("DataSource", UNSET)
        data_source: list[MetadataDataSource] | Unset = UNSET
        if _data_source is not UNSET:
            data_source = []
            for data_source_item_data in _data_source:
                data_source_item = MetadataDataSource.from_dict(data_source_item_data)

                data_source.append(data_source_item)

        response_metadata = cls(
            publisher=publisher,
            sponsor=sponsor,
            last_access_date=last_access_date,
            citation_suggested=citation_suggested,
            data_source=data_source,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return response_metadata  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        response_metadata.additional_properties = d
        return response_metadata

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
from ..models.metadata_data_source import MetadataDataSource  # noqa: E402
