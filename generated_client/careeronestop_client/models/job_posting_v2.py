from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobPostingV2")
_PROPERTY_NAMES = frozenset(
    {
        "JvId",
        "JobTitle",
        "Company",
        "AccquisitionDate",
        "URL",
        "Location",
        "DescriptionSnippet",
        "OnetCodes",
    }
)


@_attrs_define
class JobPostingV2:
    """A job search row (v2)."""

    jv_id: str | Unset = UNSET
    job_title: str | Unset = UNSET
    company: str | Unset = UNSET
    accquisition_date: str | Unset = UNSET
    """ Acquisition date (API spelling). """
    url: str | Unset = UNSET
    location: str | Unset = UNSET
    description_snippet: None | str | Unset = UNSET
    """ Short text when enableJobDescriptionSnippet is true. """
    onet_codes: list[str] | Unset = UNSET
    """ Seen only in a synthetic fixture. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jv_id = self.jv_id

        job_title = self.job_title

        company = self.company

        accquisition_date = self.accquisition_date

        url = self.url

        location = self.location

        description_snippet: None | str | Unset
        if isinstance(self.description_snippet, Unset):
            description_snippet = UNSET
        else:
            description_snippet = self.description_snippet

        onet_codes: list[str] | Unset = UNSET
        if not isinstance(self.onet_codes, Unset):
            onet_codes = self.onet_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jv_id is not UNSET:
            field_dict["JvId"] = jv_id
        if job_title is not UNSET:
            field_dict["JobTitle"] = job_title
        if company is not UNSET:
            field_dict["Company"] = company
        if accquisition_date is not UNSET:
            field_dict["AccquisitionDate"] = accquisition_date
        if url is not UNSET:
            field_dict["URL"] = url
        if location is not UNSET:
            field_dict["Location"] = location
        if description_snippet is not UNSET:
            field_dict["DescriptionSnippet"] = description_snippet
        if onet_codes is not UNSET:
            field_dict["OnetCodes"] = onet_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        jv_id = src_dict.get("JvId", UNSET)

        job_title = src_dict.get("JobTitle", UNSET)

        company = src_dict.get("Company", UNSET)

        accquisition_date = src_dict.get("AccquisitionDate", UNSET)

        url = src_dict.get("URL", UNSET)

        location = src_dict.get("Location", UNSET)

        description_snippet = cast(None | str | Unset, src_dict.get("DescriptionSnippet", UNSET))

        onet_codes = cast(list[str], src_dict.get("OnetCodes", UNSET))

        job_posting_v2 = cls(
            jv_id=jv_id,
            job_title=job_title,
            company=company,
            accquisition_date=accquisition_date,
            url=url,
            location=location,
            description_snippet=description_snippet,
            onet_codes=onet_codes,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_posting_v2  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_posting_v2.additional_properties = d
        return job_posting_v2

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
