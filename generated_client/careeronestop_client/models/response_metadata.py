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

T = TypeVar("T", bound="ResponseMetadata")
_new = object.__new__  # a model is built field by field, without an __init__ call
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

    publisher: str | None = None
    """ Who publishes the API. """
    sponsor: str | None = None
    """ Sponsoring agency. """
    last_access_date: str | None = None
    """ UTC ISO-8601 time of the call. Kept as a string because one third-party schema typed it as a number. """
    citation_suggested: str | None = None
    """ Recommended citation text. """
    data_source: list[MetadataDataSource] | None = None
    """ One entry per underlying dataset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "publisher": "Publisher",
        "sponsor": "Sponsor",
        "last_access_date": "LastAccessDate",
        "citation_suggested": "CitationSuggested",
        "data_source": "DataSource",
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
        if self.publisher is not None:
            field_dict["Publisher"] = self.publisher
        elif "publisher" in self._sent_null:
            field_dict["Publisher"] = None
        if self.sponsor is not None:
            field_dict["Sponsor"] = self.sponsor
        elif "sponsor" in self._sent_null:
            field_dict["Sponsor"] = None
        if self.last_access_date is not None:
            field_dict["LastAccessDate"] = self.last_access_date
        elif "last_access_date" in self._sent_null:
            field_dict["LastAccessDate"] = None
        if self.citation_suggested is not None:
            field_dict["CitationSuggested"] = self.citation_suggested
        elif "citation_suggested" in self._sent_null:
            field_dict["CitationSuggested"] = None
        if self.data_source is not None:
            field_dict["DataSource"] = _dump(self.data_source)
        elif "data_source" in self._sent_null:
            field_dict["DataSource"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.publisher = None
            obj.sponsor = None
            obj.last_access_date = None
            obj.citation_suggested = None
            obj.data_source = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("Publisher")
        if v is None:
            if "Publisher" in src_dict:
                known += 1
                obj._sent_null += ("publisher",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.publisher = v
        v = src_dict.get("Sponsor")
        if v is None:
            if "Sponsor" in src_dict:
                known += 1
                obj._sent_null += ("sponsor",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.sponsor = v
        v = src_dict.get("LastAccessDate")
        if v is None:
            if "LastAccessDate" in src_dict:
                known += 1
                obj._sent_null += ("last_access_date",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.last_access_date = v
        v = src_dict.get("CitationSuggested")
        if v is None:
            if "CitationSuggested" in src_dict:
                known += 1
                obj._sent_null += ("citation_suggested",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.citation_suggested = v
        v = src_dict.get("DataSource")
        if v is None:
            if "DataSource" in src_dict:
                known += 1
                obj._sent_null += ("data_source",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_MetadataDataSource(item0) for item0 in v]
        obj.data_source = v
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
from ..models.metadata_data_source import MetadataDataSource  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_MetadataDataSource = MetadataDataSource.from_dict
