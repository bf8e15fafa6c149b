from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSearchV2Response")
_new = object.__new__  # a model is built field by field, without an __init__ call
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

    jobcount: str | None = None
    """ Total number of matching postings, as a numeric string. """
    jobs: list[JobPostingV2] | None = None
    """ One page of postings. """
    jobs_keyword_locations: JobSearchEcho | None = None
    """ Echo of the search inputs. """
    locations: list[JobLocationFacet] | None = None
    """ Location facet, assumed to match v1. """
    companies: list[JobCompanyFacet] | None = None
    """ Employer facet, assumed to match v1. """
    error_message: None | str = None
    """ Application-level error text. """
    meta_data: None | ResponseMetadata = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "jobcount": "Jobcount",
        "jobs": "Jobs",
        "jobs_keyword_locations": "JobsKeywordLocations",
        "locations": "Locations",
        "companies": "Companies",
        "error_message": "ErrorMessage",
        "meta_data": "MetaData",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "error_message",
            "meta_data",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.jobcount is not None:
            field_dict["Jobcount"] = self.jobcount
        elif "jobcount" in self._sent_null:
            field_dict["Jobcount"] = None
        if self.jobs is not None:
            field_dict["Jobs"] = _dump(self.jobs)
        elif "jobs" in self._sent_null:
            field_dict["Jobs"] = None
        if self.jobs_keyword_locations is not None:
            field_dict["JobsKeywordLocations"] = _dump(self.jobs_keyword_locations)
        elif "jobs_keyword_locations" in self._sent_null:
            field_dict["JobsKeywordLocations"] = None
        if self.locations is not None:
            field_dict["Locations"] = _dump(self.locations)
        elif "locations" in self._sent_null:
            field_dict["Locations"] = None
        if self.companies is not None:
            field_dict["Companies"] = _dump(self.companies)
        elif "companies" in self._sent_null:
            field_dict["Companies"] = None
        if self.error_message is not None:
            field_dict["ErrorMessage"] = self.error_message
        elif "error_message" in self._sent_null:
            field_dict["ErrorMessage"] = None
        if self.meta_data is not None:
            field_dict["MetaData"] = _dump(self.meta_data)
        elif "meta_data" in self._sent_null:
            field_dict["MetaData"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.jobcount = None
            obj.jobs = None
            obj.jobs_keyword_locations = None
            obj.locations = None
            obj.companies = None
            obj.error_message = None
            obj.meta_data = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("Jobcount")
        if v is None:
            if "Jobcount" in src_dict:
                known += 1
                obj._sent_null += ("jobcount",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.jobcount = v
        v = src_dict.get("Jobs")
        if v is None:
            if "Jobs" in src_dict:
                known += 1
                obj._sent_null += ("jobs",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_JobPostingV2(item0) for item0 in v]
        obj.jobs = v
        v = src_dict.get("JobsKeywordLocations")
        if v is None:
            if "JobsKeywordLocations" in src_dict:
                known += 1
                obj._sent_null += ("jobs_keyword_locations",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_JobSearchEcho(v)
        obj.jobs_keyword_locations = v
        v = src_dict.get("Locations")
        if v is None:
            if "Locations" in src_dict:
                known += 1
                obj._sent_null += ("locations",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_JobLocationFacet(item0) for item0 in v]
        obj.locations = v
        v = src_dict.get("Companies")
        if v is None:
            if "Companies" in src_dict:
                known += 1
                obj._sent_null += ("companies",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_JobCompanyFacet(item0) for item0 in v]
        obj.companies = v
        v = src_dict.get("ErrorMessage")
        if v is None:
            if "ErrorMessage" in src_dict:
                known += 1
                obj._sent_null += ("error_message",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.error_message = v
        v = src_dict.get("MetaData")
        if v is None:
            if "MetaData" in src_dict:
                known += 1
                obj._sent_null += ("meta_data",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_ResponseMetadata(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.meta_data = v
        if len(src_dict) == known:
            return obj  # no additional properties: made on first read (_extras_on_first_use)
        _drifted()  # keys the spec does not name: the response checks report them
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        obj.additional_properties = d

        return obj

    def fields_sent(self) -> frozenset[str]:
        """Names of the fields the server sent, null included (absent and null optional fields both read None)."""
        return _fields_sent(self)

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

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_JobCompanyFacet = JobCompanyFacet.from_dict
_from_dict_JobLocationFacet = JobLocationFacet.from_dict
_from_dict_JobPostingV2 = JobPostingV2.from_dict
_from_dict_JobSearchEcho = JobSearchEcho.from_dict
_from_dict_ResponseMetadata = ResponseMetadata.from_dict
