from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSearchV2Response")
_PROPERTY_NAMES = frozenset(
    {
        "Jobcount",
        "Jobs",
        "JobsKeywordLocations",
        "Locations",
        "Companies",
        "ErrorMessage",
        "MetaData",
    }
)


@_attrs_define
class JobSearchV2Response:
    """Envelope for List Jobs v2."""

    jobcount: str | Unset = UNSET
    """ Total number of matching postings, as a numeric string. """
    jobs: list[JobPostingV2] | Unset = UNSET
    """ One page of postings. """
    jobs_keyword_locations: JobSearchEcho | Unset = UNSET
    """ Echo of the search inputs. """
    locations: list[JobLocationFacet] | Unset = UNSET
    """ Location facet, assumed to match v1. """
    companies: list[JobCompanyFacet] | Unset = UNSET
    """ Employer facet, assumed to match v1. """
    error_message: None | str | Unset = UNSET
    """ Application-level error text. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobcount = self.jobcount

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        jobs_keyword_locations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jobs_keyword_locations, Unset):
            jobs_keyword_locations = self.jobs_keyword_locations.to_dict()

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

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
        if jobcount is not UNSET:
            field_dict["Jobcount"] = jobcount
        if jobs is not UNSET:
            field_dict["Jobs"] = jobs
        if jobs_keyword_locations is not UNSET:
            field_dict["JobsKeywordLocations"] = jobs_keyword_locations
        if locations is not UNSET:
            field_dict["Locations"] = locations
        if companies is not UNSET:
            field_dict["Companies"] = companies
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        jobcount = src_dict.get("Jobcount", UNSET)

        _jobs = src_dict.get("Jobs", UNSET)
        jobs: list[JobPostingV2] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = JobPostingV2.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _jobs_keyword_locations = src_dict.get("JobsKeywordLocations", UNSET)
        jobs_keyword_locations: JobSearchEcho | Unset
        if isinstance(_jobs_keyword_locations, Unset):
            jobs_keyword_locations = UNSET
        else:
            jobs_keyword_locations = JobSearchEcho.from_dict(_jobs_keyword_locations)

        _locations = src_dict.get("Locations", UNSET)
        locations: list[JobLocationFacet] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = JobLocationFacet.from_dict(locations_item_data)

                locations.append(locations_item)

        _companies = src_dict.get("Companies", UNSET)
        companies: list[JobCompanyFacet] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = JobCompanyFacet.from_dict(companies_item_data)

                companies.append(companies_item)

        error_message = cast(None | str | Unset, src_dict.get("ErrorMessage", UNSET))

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

        job_search_v2_response = cls(
            jobcount=jobcount,
            jobs=jobs,
            jobs_keyword_locations=jobs_keyword_locations,
            locations=locations,
            companies=companies,
            error_message=error_message,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_search_v2_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_search_v2_response.additional_properties = d
        return job_search_v2_response

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
from ..models.job_company_facet import JobCompanyFacet  # noqa: E402
from ..models.job_location_facet import JobLocationFacet  # noqa: E402
from ..models.job_posting_v2 import JobPostingV2  # noqa: E402
from ..models.job_search_echo import JobSearchEcho  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402
