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

T = TypeVar("T", bound="MilitaryJobsByBranch")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "air_force",
        "army",
        "coast_guard",
        "marine_corps",
        "navy",
    }
)


@_attrs_define
class MilitaryJobsByBranch:
    """Branches with related military jobs (v1.9; unconfirmed in v2)."""

    air_force: bool | None = None
    """ Related jobs exist in the Air Force. """
    army: bool | None = None
    """ Related jobs exist in the Army. """
    coast_guard: bool | None = None
    """ Related jobs exist in the Coast Guard. """
    marine_corps: bool | None = None
    """ Related jobs exist in the Marine Corps. """
    navy: bool | None = None
    """ Related jobs exist in the Navy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "air_force": "air_force",
        "army": "army",
        "coast_guard": "coast_guard",
        "marine_corps": "marine_corps",
        "navy": "navy",
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
        if self.air_force is not None:
            field_dict["air_force"] = self.air_force
        elif "air_force" in self._sent_null:
            field_dict["air_force"] = None
        if self.army is not None:
            field_dict["army"] = self.army
        elif "army" in self._sent_null:
            field_dict["army"] = None
        if self.coast_guard is not None:
            field_dict["coast_guard"] = self.coast_guard
        elif "coast_guard" in self._sent_null:
            field_dict["coast_guard"] = None
        if self.marine_corps is not None:
            field_dict["marine_corps"] = self.marine_corps
        elif "marine_corps" in self._sent_null:
            field_dict["marine_corps"] = None
        if self.navy is not None:
            field_dict["navy"] = self.navy
        elif "navy" in self._sent_null:
            field_dict["navy"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.air_force = None
            obj.army = None
            obj.coast_guard = None
            obj.marine_corps = None
            obj.navy = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("air_force")
        if v is None:
            if "air_force" in src_dict:
                known += 1
                obj._sent_null += ("air_force",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.air_force = v
        v = src_dict.get("army")
        if v is None:
            if "army" in src_dict:
                known += 1
                obj._sent_null += ("army",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.army = v
        v = src_dict.get("coast_guard")
        if v is None:
            if "coast_guard" in src_dict:
                known += 1
                obj._sent_null += ("coast_guard",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.coast_guard = v
        v = src_dict.get("marine_corps")
        if v is None:
            if "marine_corps" in src_dict:
                known += 1
                obj._sent_null += ("marine_corps",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.marine_corps = v
        v = src_dict.get("navy")
        if v is None:
            if "navy" in src_dict:
                known += 1
                obj._sent_null += ("navy",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.navy = v
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
