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

T = TypeVar("T", bound="CareerOverview")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "also_called",
        "code",
        "on_the_job",
        "tags",
        "title",
        "what_they_do",
    }
)


@_attrs_define
class CareerOverview:
    """Career report overview. v1.9 also carried career_video and resources; whether v2 keeps them is unknown."""

    also_called: list[CareerAlsoCalled] | None = None
    """ Alternate titles; may hold case-only duplicates. One low-trust client types these as plain strings. """
    code: str | None = None
    """ O*NET-SOC code. Assumed: no real body or documentation shows this field is always sent. """
    on_the_job: list[str] | None = None
    """ Task statements (what people in the career do on the job). """
    tags: Tags | None = None
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str | None = None
    """ Career title (Spanish in /mpp, e.g. Enfermeros Graduados for 29-1141.00). Assumed: no real body or
    documentation shows this field is always sent. """
    what_they_do: str | None = None
    """ Plain-language description of the career. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "also_called": "also_called",
        "code": "code",
        "on_the_job": "on_the_job",
        "tags": "tags",
        "title": "title",
        "what_they_do": "what_they_do",
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
        if self.also_called is not None:
            field_dict["also_called"] = _dump(self.also_called)
        elif "also_called" in self._sent_null:
            field_dict["also_called"] = None
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in self._sent_null:
            field_dict["code"] = None
        if self.on_the_job is not None:
            field_dict["on_the_job"] = self.on_the_job
        elif "on_the_job" in self._sent_null:
            field_dict["on_the_job"] = None
        if self.tags is not None:
            field_dict["tags"] = _dump(self.tags)
        elif "tags" in self._sent_null:
            field_dict["tags"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._sent_null:
            field_dict["title"] = None
        if self.what_they_do is not None:
            field_dict["what_they_do"] = self.what_they_do
        elif "what_they_do" in self._sent_null:
            field_dict["what_they_do"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("also_called")
        if v is None:
            if "also_called" in src_dict:
                known += 1
                obj._sent_null += ("also_called",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_CareerAlsoCalled(item0) for item0 in v]
        obj.also_called = v
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
            if not type(v) is str:
                _drifted()
        obj.code = v
        v = src_dict.get("on_the_job")
        if v is None:
            if "on_the_job" in src_dict:
                known += 1
                obj._sent_null += ("on_the_job",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is list:
                _drifted()
        obj.on_the_job = v
        v = src_dict.get("tags")
        if v is None:
            if "tags" in src_dict:
                known += 1
                obj._sent_null += ("tags",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_Tags(v)
        obj.tags = v
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
        v = src_dict.get("what_they_do")
        if v is None:
            if "what_they_do" in src_dict:
                known += 1
                obj._sent_null += ("what_they_do",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.what_they_do = v
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
from ..models.career_also_called import CareerAlsoCalled  # noqa: E402
from ..models.tags import Tags  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_CareerAlsoCalled = CareerAlsoCalled.from_dict
_from_dict_Tags = Tags.from_dict
