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

T = TypeVar("T", bound="CareerEducation")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "apprenticeship",
        "education_usually_needed",
        "job_zone",
    }
)


@_attrs_define
class CareerEducation:
    """Education section: Job Zone and education usually needed."""

    apprenticeship: bool | None = None
    """ Apprenticeship flag; declared by one low-trust client only. """
    education_usually_needed: list[str] | None = None
    """ Education levels usually needed (v1.9: {category: [...]}). """
    job_zone: CareerEducationJobZone | None = None
    """ The career's Job Zone (a bare integer in v1.9). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "apprenticeship": "apprenticeship",
        "education_usually_needed": "education_usually_needed",
        "job_zone": "job_zone",
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
        if self.apprenticeship is not None:
            field_dict["apprenticeship"] = self.apprenticeship
        elif "apprenticeship" in self._sent_null:
            field_dict["apprenticeship"] = None
        if self.education_usually_needed is not None:
            field_dict["education_usually_needed"] = self.education_usually_needed
        elif "education_usually_needed" in self._sent_null:
            field_dict["education_usually_needed"] = None
        if self.job_zone is not None:
            field_dict["job_zone"] = _dump(self.job_zone)
        elif "job_zone" in self._sent_null:
            field_dict["job_zone"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("apprenticeship")
        if v is None:
            if "apprenticeship" in src_dict:
                known += 1
                obj._sent_null += ("apprenticeship",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.apprenticeship = v
        v = src_dict.get("education_usually_needed")
        if v is None:
            if "education_usually_needed" in src_dict:
                known += 1
                obj._sent_null += ("education_usually_needed",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is list:
                _drifted()
        obj.education_usually_needed = v
        v = src_dict.get("job_zone")
        if v is None:
            if "job_zone" in src_dict:
                known += 1
                obj._sent_null += ("job_zone",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            v = _from_dict_CareerEducationJobZone(v)
        obj.job_zone = v
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
from ..models.career_education_job_zone import CareerEducationJobZone  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_CareerEducationJobZone = CareerEducationJobZone.from_dict
