from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobPosting")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "JvId",
        "JobTitle",
        "Company",
        "AccquisitionDate",
        "URL",
        "Location",
        "Fc",
    }
)


@_attrs_define
class JobPosting:
    """A job search row (v1)."""

    jv_id: str | None = None
    """ Posting id for the job details call. """
    job_title: str | None = None
    company: str | None = None
    accquisition_date: str | None = None
    """ When CareerOneStop acquired the posting. The key misspelling is the API's own. """
    url: str | None = None
    """ Apply or landing URL. """
    location: str | None = None
    """ `City, ST`. """
    fc: str | None = None
    """ Flag of unknown meaning. One client typed it as a boolean; the other, and the API's habit of sending flags
    as strings: null, say string.: null """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "jv_id": "JvId",
        "job_title": "JobTitle",
        "company": "Company",
        "accquisition_date": "AccquisitionDate",
        "url": "URL",
        "location": "Location",
        "fc": "Fc",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset({})
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.jv_id is not None:
            field_dict["JvId"] = self.jv_id
        elif "jv_id" in self._sent_null:
            field_dict["JvId"] = None
        if self.job_title is not None:
            field_dict["JobTitle"] = self.job_title
        elif "job_title" in self._sent_null:
            field_dict["JobTitle"] = None
        if self.company is not None:
            field_dict["Company"] = self.company
        elif "company" in self._sent_null:
            field_dict["Company"] = None
        if self.accquisition_date is not None:
            field_dict["AccquisitionDate"] = self.accquisition_date
        elif "accquisition_date" in self._sent_null:
            field_dict["AccquisitionDate"] = None
        if self.url is not None:
            field_dict["URL"] = self.url
        elif "url" in self._sent_null:
            field_dict["URL"] = None
        if self.location is not None:
            field_dict["Location"] = self.location
        elif "location" in self._sent_null:
            field_dict["Location"] = None
        if self.fc is not None:
            field_dict["Fc"] = self.fc
        elif "fc" in self._sent_null:
            field_dict["Fc"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.jv_id = None
            obj.job_title = None
            obj.company = None
            obj.accquisition_date = None
            obj.url = None
            obj.location = None
            obj.fc = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("JvId")
        if v is None:
            if "JvId" in src_dict:
                known += 1
                obj._sent_null += ("jv_id",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.jv_id = v
        v = src_dict.get("JobTitle")
        if v is None:
            if "JobTitle" in src_dict:
                known += 1
                obj._sent_null += ("job_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.job_title = v
        v = src_dict.get("Company")
        if v is None:
            if "Company" in src_dict:
                known += 1
                obj._sent_null += ("company",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.company = v
        v = src_dict.get("AccquisitionDate")
        if v is None:
            if "AccquisitionDate" in src_dict:
                known += 1
                obj._sent_null += ("accquisition_date",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.accquisition_date = v
        v = src_dict.get("URL")
        if v is None:
            if "URL" in src_dict:
                known += 1
                obj._sent_null += ("url",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.url = v
        v = src_dict.get("Location")
        if v is None:
            if "Location" in src_dict:
                known += 1
                obj._sent_null += ("location",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.location = v
        v = src_dict.get("Fc")
        if v is None:
            if "Fc" in src_dict:
                known += 1
                obj._sent_null += ("fc",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.fc = v
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
