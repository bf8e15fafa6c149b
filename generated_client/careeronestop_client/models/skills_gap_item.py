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

T = TypeVar("T", bound="SkillsGapItem")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "Title",
        "Description",
        "SkillId",
        "SKScoreCurrent",
        "SKScoreTarget",
        "SkillType",
        "AvailableTraining",
    }
)


@_attrs_define
class SkillsGapItem:
    """A skill or knowledge item where the target occupation needs more."""

    title: str | None = None
    description: str | None = None
    skill_id: str | None = None
    """ O*NET element id. """
    sk_score_current: str | None = None
    """ Level label for the current occupation (Very Low to Very High). """
    sk_score_target: str | None = None
    """ Level label for the target occupation. """
    skill_type: str | None = None
    """ `skills` or `knowledge`. """
    available_training: bool | None = None
    """ Whether training exists for this gap. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "title": "Title",
        "description": "Description",
        "skill_id": "SkillId",
        "sk_score_current": "SKScoreCurrent",
        "sk_score_target": "SKScoreTarget",
        "skill_type": "SkillType",
        "available_training": "AvailableTraining",
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
        if self.title is not None:
            field_dict["Title"] = self.title
        elif "title" in self._sent_null:
            field_dict["Title"] = None
        if self.description is not None:
            field_dict["Description"] = self.description
        elif "description" in self._sent_null:
            field_dict["Description"] = None
        if self.skill_id is not None:
            field_dict["SkillId"] = self.skill_id
        elif "skill_id" in self._sent_null:
            field_dict["SkillId"] = None
        if self.sk_score_current is not None:
            field_dict["SKScoreCurrent"] = self.sk_score_current
        elif "sk_score_current" in self._sent_null:
            field_dict["SKScoreCurrent"] = None
        if self.sk_score_target is not None:
            field_dict["SKScoreTarget"] = self.sk_score_target
        elif "sk_score_target" in self._sent_null:
            field_dict["SKScoreTarget"] = None
        if self.skill_type is not None:
            field_dict["SkillType"] = self.skill_type
        elif "skill_type" in self._sent_null:
            field_dict["SkillType"] = None
        if self.available_training is not None:
            field_dict["AvailableTraining"] = self.available_training
        elif "available_training" in self._sent_null:
            field_dict["AvailableTraining"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.title = None
            obj.description = None
            obj.skill_id = None
            obj.sk_score_current = None
            obj.sk_score_target = None
            obj.skill_type = None
            obj.available_training = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("Title")
        if v is None:
            if "Title" in src_dict:
                known += 1
                obj._sent_null += ("title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.title = v
        v = src_dict.get("Description")
        if v is None:
            if "Description" in src_dict:
                known += 1
                obj._sent_null += ("description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.description = v
        v = src_dict.get("SkillId")
        if v is None:
            if "SkillId" in src_dict:
                known += 1
                obj._sent_null += ("skill_id",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.skill_id = v
        v = src_dict.get("SKScoreCurrent")
        if v is None:
            if "SKScoreCurrent" in src_dict:
                known += 1
                obj._sent_null += ("sk_score_current",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.sk_score_current = v
        v = src_dict.get("SKScoreTarget")
        if v is None:
            if "SKScoreTarget" in src_dict:
                known += 1
                obj._sent_null += ("sk_score_target",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.sk_score_target = v
        v = src_dict.get("SkillType")
        if v is None:
            if "SkillType" in src_dict:
                known += 1
                obj._sent_null += ("skill_type",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.skill_type = v
        v = src_dict.get("AvailableTraining")
        if v is None:
            if "AvailableTraining" in src_dict:
                known += 1
                obj._sent_null += ("available_training",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is bool:
                _drifted()
        obj.available_training = v
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
