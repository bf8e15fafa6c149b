from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..models.interest_profiler_area_code import InterestProfilerAreaCode, check_interest_profiler_area_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerResult")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "description",
        "href",
        "score",
        "title",
    }
)


@_attrs_define
class InterestProfilerResult:
    """Score for one RIASEC interest area."""

    code: InterestProfilerAreaCode | None = None
    """ RIASEC interest area code (English in every tree). """
    description: str | None = None
    """ What the interest area means. Assumed: no real body or documentation shows this field is always sent. """
    href: str | None = None
    """ Per-area link, probably to the single-interest careers operation. Declared by one doc-reading client only;
    unconfirmed. """
    score: int | None = None
    """ Raw score for the area: 0..40 for the 60-item form (10 items scored 0..4); smaller range for the Mini-IP.
    Assumed: no real body or documentation shows this field is always sent. """
    title: str | None = None
    """ Interest area name; translated in /mpp. Assumed: no real body or documentation shows this field is always
    sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "code": "code",
        "description": "description",
        "href": "href",
        "score": "score",
        "title": "title",
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
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in self._sent_null:
            field_dict["code"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._sent_null:
            field_dict["description"] = None
        if self.href is not None:
            field_dict["href"] = self.href
        elif "href" in self._sent_null:
            field_dict["href"] = None
        if self.score is not None:
            field_dict["score"] = self.score
        elif "score" in self._sent_null:
            field_dict["score"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._sent_null:
            field_dict["title"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("code")
        if v is None:
            if "code" in src_dict:
                known += 1
                obj._sent_null += ("code",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            v = check_interest_profiler_area_code(v)
            if not type(v) is str:
                _drifted()
        obj.code = v
        v = src_dict.get("description")
        if v is None:
            if "description" in src_dict:
                known += 1
                obj._sent_null += ("description",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.description = v
        v = src_dict.get("href")
        if v is None:
            if "href" in src_dict:
                known += 1
                obj._sent_null += ("href",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.href = v
        v = src_dict.get("score")
        if v is None:
            if "score" in src_dict:
                known += 1
                obj._sent_null += ("score",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is int:
                _drifted()
        obj.score = v
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
