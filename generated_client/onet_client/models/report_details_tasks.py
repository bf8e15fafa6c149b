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

T = TypeVar("T", bound="ReportDetailsTasks")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "end",
        "start",
        "total",
        "task",
        "next",
        "prev",
    }
)


@_attrs_define
class ReportDetailsTasks:
    """A page of task statements with category and importance (details report)."""

    end: int
    """ Index of the last returned result (inclusive). """
    start: int
    """ Index of the first returned result (1-based). """
    total: int
    """ Number of results across all pages. """
    task: list[ReportTaskDetails]
    next_: str | None = None
    """ URL of the next page; absent on the last page. """
    prev: str | None = None
    """ URL of the previous page; absent on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "end": "end",
        "start": "start",
        "total": "total",
        "task": "task",
        "next_": "next",
        "prev": "prev",
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
        field_dict["end"] = self.end
        field_dict["start"] = self.start
        field_dict["total"] = self.total
        field_dict["task"] = _dump(self.task)
        if self.next_ is not None:
            field_dict["next"] = self.next_
        elif "next_" in self._sent_null:
            field_dict["next"] = None
        if self.prev is not None:
            field_dict["prev"] = self.prev
        elif "prev" in self._sent_null:
            field_dict["prev"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        v = src_dict["end"]
        if not type(v) is int:
            _drifted()
        obj.end = v
        v = src_dict["start"]
        if not type(v) is int:
            _drifted()
        obj.start = v
        v = src_dict["total"]
        if not type(v) is int:
            _drifted()
        obj.total = v
        v = src_dict["task"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_ReportTaskDetails(item0) for item0 in v]
        obj.task = v
        known = 4  # declared keys present (each optional one counts below)
        v = src_dict.get("next")
        if v is None:
            if "next" in src_dict:
                known += 1
                obj._sent_null += ("next_",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.next_ = v
        v = src_dict.get("prev")
        if v is None:
            if "prev" in src_dict:
                known += 1
                obj._sent_null += ("prev",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.prev = v
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
from ..models.report_task_details import ReportTaskDetails  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_ReportTaskDetails = ReportTaskDetails.from_dict
