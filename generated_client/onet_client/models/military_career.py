from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..models.military_career_match_type import MilitaryCareerMatchType, check_military_career_match_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilitaryCareer")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "tags",
        "title",
        "match_type",
        "military_jobs",
        "pay_grade",
        "preparation_needed",
    }
)


@_attrs_define
class MilitaryCareer:
    """A civilian career matched to a military job."""

    code: str
    href: str
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    match_type: MilitaryCareerMatchType | None = None
    """ How a civilian career matched the military search. """
    military_jobs: MilitaryJobsByBranch | None = None
    """ Branches with related military jobs (v1.9; unconfirmed in v2). """
    pay_grade: str | None = None
    """ Pay grade, e.g. E1. """
    preparation_needed: str | None = None
    """ Preparation level, e.g. First term. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "code": "code",
        "href": "href",
        "tags": "tags",
        "title": "title",
        "match_type": "match_type",
        "military_jobs": "military_jobs",
        "pay_grade": "pay_grade",
        "preparation_needed": "preparation_needed",
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
        field_dict["code"] = self.code
        field_dict["href"] = self.href
        field_dict["tags"] = _dump(self.tags)
        field_dict["title"] = self.title
        if self.match_type is not None:
            field_dict["match_type"] = self.match_type
        elif "match_type" in self._sent_null:
            field_dict["match_type"] = None
        if self.military_jobs is not None:
            field_dict["military_jobs"] = _dump(self.military_jobs)
        elif "military_jobs" in self._sent_null:
            field_dict["military_jobs"] = None
        if self.pay_grade is not None:
            field_dict["pay_grade"] = self.pay_grade
        elif "pay_grade" in self._sent_null:
            field_dict["pay_grade"] = None
        if self.preparation_needed is not None:
            field_dict["preparation_needed"] = self.preparation_needed
        elif "preparation_needed" in self._sent_null:
            field_dict["preparation_needed"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        v = src_dict["code"]
        if not type(v) is str:
            _drifted()
        obj.code = v
        v = src_dict["href"]
        if not type(v) is str:
            _drifted()
        obj.href = v
        v = src_dict["tags"]
        v = _from_dict_Tags(v)
        obj.tags = v
        v = src_dict["title"]
        if not type(v) is str:
            _drifted()
        obj.title = v
        known = 4  # declared keys present (each optional one counts below)
        v = src_dict.get("match_type")
        if v is None:
            if "match_type" in src_dict:
                known += 1
                obj._sent_null += ("match_type",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            v = check_military_career_match_type(v)
            if not type(v) is str:
                _drifted()
        obj.match_type = v
        v = src_dict.get("military_jobs")
        if v is None:
            if "military_jobs" in src_dict:
                known += 1
                obj._sent_null += ("military_jobs",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_MilitaryJobsByBranch(v)
        obj.military_jobs = v
        v = src_dict.get("pay_grade")
        if v is None:
            if "pay_grade" in src_dict:
                known += 1
                obj._sent_null += ("pay_grade",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.pay_grade = v
        v = src_dict.get("preparation_needed")
        if v is None:
            if "preparation_needed" in src_dict:
                known += 1
                obj._sent_null += ("preparation_needed",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.preparation_needed = v
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
from ..models.military_jobs_by_branch import MilitaryJobsByBranch  # noqa: E402
from ..models.tags import Tags  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_MilitaryJobsByBranch = MilitaryJobsByBranch.from_dict
_from_dict_Tags = Tags.from_dict
