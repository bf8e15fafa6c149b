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

T = TypeVar("T", bound="DatabaseColumn")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "column_id",
        "description",
        "format",
        "optional",
        "title",
        "type",
    }
)


@_attrs_define
class DatabaseColumn:
    """Column of a database table."""

    column_id: str | None = None
    """ Key of this column in row objects, e.g. onetsoc_code. Assumed: no real body or documentation shows this
    field is always sent. """
    description: str | None = None
    format_: str | None = None
    """ Display format (read by one client only; guess). """
    optional: bool | None = None
    """ True when values may be null. """
    title: str | None = None
    """ Assumed: no real body or documentation shows this field is always sent. """
    type_: str | None = None
    """ Data type; decides which filter operators apply (vocabulary not confirmed). Assumed: no real body or
    documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "column_id": "column_id",
        "description": "description",
        "format_": "format",
        "optional": "optional",
        "title": "title",
        "type_": "type",
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
        if self.column_id is not None:
            field_dict["column_id"] = self.column_id
        elif "column_id" in self._sent_null:
            field_dict["column_id"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._sent_null:
            field_dict["description"] = None
        if self.format_ is not None:
            field_dict["format"] = self.format_
        elif "format_" in self._sent_null:
            field_dict["format"] = None
        if self.optional is not None:
            field_dict["optional"] = self.optional
        elif "optional" in self._sent_null:
            field_dict["optional"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._sent_null:
            field_dict["title"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self._sent_null:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("column_id")
        if v is None:
            if "column_id" in src_dict:
                known += 1
                obj._sent_null += ("column_id",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.column_id = v
        v = src_dict.get("description")
        if v is None:
            if "description" in src_dict:
                known += 1
                obj._sent_null += ("description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.description = v
        v = src_dict.get("format")
        if v is None:
            if "format" in src_dict:
                known += 1
                obj._sent_null += ("format_",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.format_ = v
        v = src_dict.get("optional")
        if v is None:
            if "optional" in src_dict:
                known += 1
                obj._sent_null += ("optional",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.optional = v
        v = src_dict.get("title")
        if v is None:
            if "title" in src_dict:
                known += 1
                obj._sent_null += ("title",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.title = v
        v = src_dict.get("type")
        if v is None:
            if "type" in src_dict:
                known += 1
                obj._sent_null += ("type_",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.type_ = v
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
