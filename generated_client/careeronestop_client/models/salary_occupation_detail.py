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

T = TypeVar("T", bound="SalaryOccupationDetail")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "OccupationTitle",
        "OccupationCode",
        "Wages",
    }
)


@_attrs_define
class SalaryOccupationDetail:
    """The resolved occupation and its wages."""

    occupation_title: str | None = None
    occupation_code: str | None = None
    wages: OccupationWages | None = None
    """ OEWS wages at national, state and area level. The documentation calls the lists objects, but the JSON has
    arrays. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "occupation_title": "OccupationTitle",
        "occupation_code": "OccupationCode",
        "wages": "Wages",
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
        if self.occupation_title is not None:
            field_dict["OccupationTitle"] = self.occupation_title
        elif "occupation_title" in self._sent_null:
            field_dict["OccupationTitle"] = None
        if self.occupation_code is not None:
            field_dict["OccupationCode"] = self.occupation_code
        elif "occupation_code" in self._sent_null:
            field_dict["OccupationCode"] = None
        if self.wages is not None:
            field_dict["Wages"] = _dump(self.wages)
        elif "wages" in self._sent_null:
            field_dict["Wages"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.occupation_title = None
            obj.occupation_code = None
            obj.wages = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("OccupationTitle")
        if v is None:
            if "OccupationTitle" in src_dict:
                known += 1
                obj._sent_null += ("occupation_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.occupation_title = v
        v = src_dict.get("OccupationCode")
        if v is None:
            if "OccupationCode" in src_dict:
                known += 1
                obj._sent_null += ("occupation_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.occupation_code = v
        v = src_dict.get("Wages")
        if v is None:
            if "Wages" in src_dict:
                known += 1
                obj._sent_null += ("wages",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_OccupationWages(v)
        obj.wages = v
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
from ..models.occupation_wages import OccupationWages  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_OccupationWages = OccupationWages.from_dict
