from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDetail")
_PROPERTY_NAMES = frozenset(
    {
        "JobTitle",
        "Company",
        "Description",
        "DatePosted",
        "URL",
        "Location",
        "OnetCodes",
        "MetaData",
    }
)


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
        job_title = src_dict.get("JobTitle", UNSET)

        company = src_dict.get("Company", UNSET)

        description = src_dict.get("Description", UNSET)

        date_posted = src_dict.get("DatePosted", UNSET)

        url = src_dict.get("URL", UNSET)

        location = src_dict.get("Location", UNSET)

        onet_codes = cast(list[str], src_dict.get("OnetCodes", UNSET))

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

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_detail  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
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


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.response_metadata import ResponseMetadata  # noqa: E402
