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

T = TypeVar("T", bound="SkillsMatcherQuestion")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "ElementId",
        "ElementName",
        "Question",
        "EasyReadDescription",
        "AnchorFirst",
        "AnchorLast",
        "DataPoint20",
        "DataPoint35",
        "DataPoint50",
        "DataPoint65",
        "DataPoint80",
    }
)


@_attrs_define
class SkillsMatcherQuestion:
    """One rating question. DataPoint20 to DataPoint80 are the scale values (numbers) to submit, as strings, for ratings 1
    to 5. One client also accepts numeric strings here.

    """

    element_id: str | None = None
    """ O*NET element id. Echo it back when submitting. """
    element_name: str | None = None
    question: str | None = None
    easy_read_description: str | None = None
    anchor_first: str | None = None
    """ Label for the lowest rating. """
    anchor_last: str | None = None
    """ Label for the highest rating. """
    data_point_20: float | None = None
    """ Scale value to submit for rating 1. """
    data_point_35: float | None = None
    """ Scale value to submit for rating 2. """
    data_point_50: float | None = None
    """ Scale value to submit for rating 3. """
    data_point_65: float | None = None
    """ Scale value to submit for rating 4. """
    data_point_80: float | None = None
    """ Scale value to submit for rating 5. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "element_id": "ElementId",
        "element_name": "ElementName",
        "question": "Question",
        "easy_read_description": "EasyReadDescription",
        "anchor_first": "AnchorFirst",
        "anchor_last": "AnchorLast",
        "data_point_20": "DataPoint20",
        "data_point_35": "DataPoint35",
        "data_point_50": "DataPoint50",
        "data_point_65": "DataPoint65",
        "data_point_80": "DataPoint80",
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
        if self.element_id is not None:
            field_dict["ElementId"] = self.element_id
        elif "element_id" in self._sent_null:
            field_dict["ElementId"] = None
        if self.element_name is not None:
            field_dict["ElementName"] = self.element_name
        elif "element_name" in self._sent_null:
            field_dict["ElementName"] = None
        if self.question is not None:
            field_dict["Question"] = self.question
        elif "question" in self._sent_null:
            field_dict["Question"] = None
        if self.easy_read_description is not None:
            field_dict["EasyReadDescription"] = self.easy_read_description
        elif "easy_read_description" in self._sent_null:
            field_dict["EasyReadDescription"] = None
        if self.anchor_first is not None:
            field_dict["AnchorFirst"] = self.anchor_first
        elif "anchor_first" in self._sent_null:
            field_dict["AnchorFirst"] = None
        if self.anchor_last is not None:
            field_dict["AnchorLast"] = self.anchor_last
        elif "anchor_last" in self._sent_null:
            field_dict["AnchorLast"] = None
        if self.data_point_20 is not None:
            field_dict["DataPoint20"] = self.data_point_20
        elif "data_point_20" in self._sent_null:
            field_dict["DataPoint20"] = None
        if self.data_point_35 is not None:
            field_dict["DataPoint35"] = self.data_point_35
        elif "data_point_35" in self._sent_null:
            field_dict["DataPoint35"] = None
        if self.data_point_50 is not None:
            field_dict["DataPoint50"] = self.data_point_50
        elif "data_point_50" in self._sent_null:
            field_dict["DataPoint50"] = None
        if self.data_point_65 is not None:
            field_dict["DataPoint65"] = self.data_point_65
        elif "data_point_65" in self._sent_null:
            field_dict["DataPoint65"] = None
        if self.data_point_80 is not None:
            field_dict["DataPoint80"] = self.data_point_80
        elif "data_point_80" in self._sent_null:
            field_dict["DataPoint80"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.element_id = None
            obj.element_name = None
            obj.question = None
            obj.easy_read_description = None
            obj.anchor_first = None
            obj.anchor_last = None
            obj.data_point_20 = None
            obj.data_point_35 = None
            obj.data_point_50 = None
            obj.data_point_65 = None
            obj.data_point_80 = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("ElementId")
        if v is None:
            if "ElementId" in src_dict:
                known += 1
                obj._sent_null += ("element_id",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.element_id = v
        v = src_dict.get("ElementName")
        if v is None:
            if "ElementName" in src_dict:
                known += 1
                obj._sent_null += ("element_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.element_name = v
        v = src_dict.get("Question")
        if v is None:
            if "Question" in src_dict:
                known += 1
                obj._sent_null += ("question",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.question = v
        v = src_dict.get("EasyReadDescription")
        if v is None:
            if "EasyReadDescription" in src_dict:
                known += 1
                obj._sent_null += ("easy_read_description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.easy_read_description = v
        v = src_dict.get("AnchorFirst")
        if v is None:
            if "AnchorFirst" in src_dict:
                known += 1
                obj._sent_null += ("anchor_first",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.anchor_first = v
        v = src_dict.get("AnchorLast")
        if v is None:
            if "AnchorLast" in src_dict:
                known += 1
                obj._sent_null += ("anchor_last",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.anchor_last = v
        v = src_dict.get("DataPoint20")
        if v is None:
            if "DataPoint20" in src_dict:
                known += 1
                obj._sent_null += ("data_point_20",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.data_point_20 = v
        v = src_dict.get("DataPoint35")
        if v is None:
            if "DataPoint35" in src_dict:
                known += 1
                obj._sent_null += ("data_point_35",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.data_point_35 = v
        v = src_dict.get("DataPoint50")
        if v is None:
            if "DataPoint50" in src_dict:
                known += 1
                obj._sent_null += ("data_point_50",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.data_point_50 = v
        v = src_dict.get("DataPoint65")
        if v is None:
            if "DataPoint65" in src_dict:
                known += 1
                obj._sent_null += ("data_point_65",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.data_point_65 = v
        v = src_dict.get("DataPoint80")
        if v is None:
            if "DataPoint80" in src_dict:
                known += 1
                obj._sent_null += ("data_point_80",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.data_point_80 = v
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
