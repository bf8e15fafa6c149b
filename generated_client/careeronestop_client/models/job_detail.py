from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="JobDetail")


@_attrs_define
class JobDetail:
    """A full job posting (v2). The fields are assumed from a recorded v1 body."""

    job_title: str | Unset = UNSET
    company: str | Unset = UNSET
    description: str | Unset = UNSET
    """ Full posting text. """
    date_posted: str | Unset = UNSET
    url: str | Unset = UNSET
    """ Posting page. """
    location: str | Unset = UNSET
    """ `City, ST`. """
    onet_codes: list[str] | Unset = UNSET
    """ O*NET codes of the posting. `["99-9999.99"]` marks an unclassified posting. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        job_title = self.job_title

        company = self.company

        description = self.description

        date_posted = self.date_posted

        url = self.url

        location = self.location

        onet_codes: list[str] | Unset = UNSET
        if not isinstance(self.onet_codes, Unset):
            onet_codes = self.onet_codes

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
        if job_title is not UNSET:
            field_dict["JobTitle"] = job_title
        if company is not UNSET:
            field_dict["Company"] = company
        if description is not UNSET:
            field_dict["Description"] = description
        if date_posted is not UNSET:
            field_dict["DatePosted"] = date_posted
        if url is not UNSET:
            field_dict["URL"] = url
        if location is not UNSET:
            field_dict["Location"] = location
        if onet_codes is not UNSET:
            field_dict["OnetCodes"] = onet_codes
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        job_title = d.pop("JobTitle", UNSET)

        company = d.pop("Company", UNSET)

        description = d.pop("Description", UNSET)

        date_posted = d.pop("DatePosted", UNSET)

        url = d.pop("URL", UNSET)

        location = d.pop("Location", UNSET)

        onet_codes = cast(list[str], d.pop("OnetCodes", UNSET))

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

        job_detail = cls(
            job_title=job_title,
            company=company,
            description=description,
            date_posted=date_posted,
            url=url,
            location=location,
            onet_codes=onet_codes,
            meta_data=meta_data,
        )

        job_detail.additional_properties = d
        return job_detail

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
