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

T = TypeVar("T", bound="MetadataDataSource")
_new = object.__new__  # a model is built field by field, without an __init__ call
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

    data_name: str | None = None
    """ Dataset label. """
    data_source_name: str | None = None
    """ Program or agency that produces it. """
    data_source_url: str | None = None
    """ Link to the source. """
    data_last_update: str | None = None
    """ When CareerOneStop last refreshed it. """
    data_vintage_or_version: str | None = None
    """ Data year or release. """
    data_description: str | None = None
    """ What the data is. """
    data_source_citation: str | None = None
    """ Citation for this dataset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "data_name": "DataName",
        "data_source_name": "DataSourceName",
        "data_source_url": "DataSourceUrl",
        "data_last_update": "DataLastUpdate",
        "data_vintage_or_version": "DataVintageOrVersion",
        "data_description": "DataDescription",
        "data_source_citation": "DataSourceCitation",
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
        if self.data_name is not None:
            field_dict["DataName"] = self.data_name
        elif "data_name" in self._sent_null:
            field_dict["DataName"] = None
        if self.data_source_name is not None:
            field_dict["DataSourceName"] = self.data_source_name
        elif "data_source_name" in self._sent_null:
            field_dict["DataSourceName"] = None
        if self.data_source_url is not None:
            field_dict["DataSourceUrl"] = self.data_source_url
        elif "data_source_url" in self._sent_null:
            field_dict["DataSourceUrl"] = None
        if self.data_last_update is not None:
            field_dict["DataLastUpdate"] = self.data_last_update
        elif "data_last_update" in self._sent_null:
            field_dict["DataLastUpdate"] = None
        if self.data_vintage_or_version is not None:
            field_dict["DataVintageOrVersion"] = self.data_vintage_or_version
        elif "data_vintage_or_version" in self._sent_null:
            field_dict["DataVintageOrVersion"] = None
        if self.data_description is not None:
            field_dict["DataDescription"] = self.data_description
        elif "data_description" in self._sent_null:
            field_dict["DataDescription"] = None
        if self.data_source_citation is not None:
            field_dict["DataSourceCitation"] = self.data_source_citation
        elif "data_source_citation" in self._sent_null:
            field_dict["DataSourceCitation"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.data_name = None
            obj.data_source_name = None
            obj.data_source_url = None
            obj.data_last_update = None
            obj.data_vintage_or_version = None
            obj.data_description = None
            obj.data_source_citation = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("DataName")
        if v is None:
            if "DataName" in src_dict:
                known += 1
                obj._sent_null += ("data_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_name = v
        v = src_dict.get("DataSourceName")
        if v is None:
            if "DataSourceName" in src_dict:
                known += 1
                obj._sent_null += ("data_source_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_source_name = v
        v = src_dict.get("DataSourceUrl")
        if v is None:
            if "DataSourceUrl" in src_dict:
                known += 1
                obj._sent_null += ("data_source_url",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_source_url = v
        v = src_dict.get("DataLastUpdate")
        if v is None:
            if "DataLastUpdate" in src_dict:
                known += 1
                obj._sent_null += ("data_last_update",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_last_update = v
        v = src_dict.get("DataVintageOrVersion")
        if v is None:
            if "DataVintageOrVersion" in src_dict:
                known += 1
                obj._sent_null += ("data_vintage_or_version",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_vintage_or_version = v
        v = src_dict.get("DataDescription")
        if v is None:
            if "DataDescription" in src_dict:
                known += 1
                obj._sent_null += ("data_description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_description = v
        v = src_dict.get("DataSourceCitation")
        if v is None:
            if "DataSourceCitation" in src_dict:
                known += 1
                obj._sent_null += ("data_source_citation",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_source_citation = v
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
