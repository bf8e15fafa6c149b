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

T = TypeVar("T", bound="ServiceIndex")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "about",
        "database",
        "mnm",
        "mpp",
        "online",
        "taxonomy",
        "veterans",
    }
)


@_attrs_define
class ServiceIndex:
    """The service index. Measured: it lists the service areas /about/, /database/, /mnm/, /mpp/, /online/, /taxonomy/ and
    /veterans/ (live-evidence O7). The JSON layout was not published; this one (area name to link) is a guess, and other
    members are kept.

    """

    about: str | None = None
    """ Link to the /about/ service area. """
    database: str | None = None
    """ Link to the /database/ service area. """
    mnm: str | None = None
    """ Link to the /mnm/ service area. """
    mpp: str | None = None
    """ Link to the /mpp/ service area. """
    online: str | None = None
    """ Link to the /online/ service area. """
    taxonomy: str | None = None
    """ Link to the /taxonomy/ service area. """
    veterans: str | None = None
    """ Link to the /veterans/ service area. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "about": "about",
        "database": "database",
        "mnm": "mnm",
        "mpp": "mpp",
        "online": "online",
        "taxonomy": "taxonomy",
        "veterans": "veterans",
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
        if self.about is not None:
            field_dict["about"] = self.about
        elif "about" in self._sent_null:
            field_dict["about"] = None
        if self.database is not None:
            field_dict["database"] = self.database
        elif "database" in self._sent_null:
            field_dict["database"] = None
        if self.mnm is not None:
            field_dict["mnm"] = self.mnm
        elif "mnm" in self._sent_null:
            field_dict["mnm"] = None
        if self.mpp is not None:
            field_dict["mpp"] = self.mpp
        elif "mpp" in self._sent_null:
            field_dict["mpp"] = None
        if self.online is not None:
            field_dict["online"] = self.online
        elif "online" in self._sent_null:
            field_dict["online"] = None
        if self.taxonomy is not None:
            field_dict["taxonomy"] = self.taxonomy
        elif "taxonomy" in self._sent_null:
            field_dict["taxonomy"] = None
        if self.veterans is not None:
            field_dict["veterans"] = self.veterans
        elif "veterans" in self._sent_null:
            field_dict["veterans"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.about = None
            obj.database = None
            obj.mnm = None
            obj.mpp = None
            obj.online = None
            obj.taxonomy = None
            obj.veterans = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("about")
        if v is None:
            if "about" in src_dict:
                known += 1
                obj._sent_null += ("about",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.about = v
        v = src_dict.get("database")
        if v is None:
            if "database" in src_dict:
                known += 1
                obj._sent_null += ("database",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.database = v
        v = src_dict.get("mnm")
        if v is None:
            if "mnm" in src_dict:
                known += 1
                obj._sent_null += ("mnm",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.mnm = v
        v = src_dict.get("mpp")
        if v is None:
            if "mpp" in src_dict:
                known += 1
                obj._sent_null += ("mpp",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.mpp = v
        v = src_dict.get("online")
        if v is None:
            if "online" in src_dict:
                known += 1
                obj._sent_null += ("online",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.online = v
        v = src_dict.get("taxonomy")
        if v is None:
            if "taxonomy" in src_dict:
                known += 1
                obj._sent_null += ("taxonomy",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.taxonomy = v
        v = src_dict.get("veterans")
        if v is None:
            if "veterans" in src_dict:
                known += 1
                obj._sent_null += ("veterans",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.veterans = v
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
