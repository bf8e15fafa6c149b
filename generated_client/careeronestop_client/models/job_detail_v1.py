from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDetailV1")
_PROPERTY_NAMES = frozenset(
    {
        "JobTitle",
        "URL",
        "Company",
        "Location",
        "DatePosted",
        "Description",
        "OnetCodes",
        "MetaData",
    }
)


@_attrs_define
class JobDetailV1:
    """A full job posting (v1). Every key but MetaData was present in a recorded live body."""

    job_title: str
    url: str
    """ Posting page. """
    company: str
    location: str
    """ `City, ST`. """
    date_posted: str
    description: str
    """ Full posting text (HTML when isHtml is true). """
    onet_codes: list[str]
    """ O*NET codes of the posting. `["99-9999.99"]` marks an unclassified posting. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_title = self.job_title

        url = self.url

        company = self.company

        location = self.location

        date_posted = self.date_posted

        description = self.description

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
        field_dict.update(
            {
                "JobTitle": job_title,
                "URL": url,
                "Company": company,
                "Location": location,
                "DatePosted": date_posted,
                "Description": description,
                "OnetCodes": onet_codes,
            }
        )
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_title = src_dict["JobTitle"]

        url = src_dict["URL"]

        company = src_dict["Company"]

        location = src_dict["Location"]

        date_posted = src_dict["DatePosted"]

        description = src_dict["Description"]

        onet_codes = cast(list[str], src_dict["OnetCodes"])

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

        job_detail_v1 = cls(
            job_title=job_title,
            url=url,
            company=company,
            location=location,
            date_posted=date_posted,
            description=description,
            onet_codes=onet_codes,
            meta_data=meta_data,
        )

        if len(src_dict) == 7 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_detail_v1  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_detail_v1.additional_properties = d
        return job_detail_v1

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
