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

T = TypeVar("T", bound="CareerTopInterest")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "description",
        "id",
        "name",
    }
)


@_attrs_define
class CareerTopInterest:
    """The career's strongest RIASEC interest."""

    description: str | None = None
    """ What the interest area means for this career. """
    id: str | None = None
    """ Interest area id. Assumed: no real body or documentation shows this field is always sent. """
    name: str | None = None
    """ Interest area name (v1.9 called this title). Assumed: no real body or documentation shows this field is
    always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "description": "description",
        "id": "id",
        "name": "name",
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
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._sent_null:
            field_dict["description"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._sent_null:
            field_dict["id"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._sent_null:
            field_dict["name"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        known = 0  # declared keys present (each optional one counts below)
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
        v = src_dict.get("id")
        if v is None:
            if "id" in src_dict:
                known += 1
                obj._sent_null += ("id",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.id = v
        v = src_dict.get("name")
        if v is None:
            if "name" in src_dict:
                known += 1
                obj._sent_null += ("name",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.name = v
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
