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

T = TypeVar("T", bound="OccupationDetailsResponse")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "OccupationDetail",
        "RecordCount",
        "DidYouMean",
        "AutoCorrection",
        "MetaData",
    }
)


@_attrs_define
class OccupationDetailsResponse:
    """Envelope for Get Occupation Details."""

    occupation_detail: list[OccupationDetail]
    """ The matched occupations. The documentation says Object, but the JSON is an array, normally with exactly one
    element. """
    record_count: int | None = None
    """ Number of OccupationDetail entries. """
    did_you_mean: None | str = None
    """ Spelling suggestion. """
    auto_correction: None | str = None
    """ Auto-corrected keyword. """
    meta_data: None | ResponseMetadata = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "occupation_detail": "OccupationDetail",
        "record_count": "RecordCount",
        "did_you_mean": "DidYouMean",
        "auto_correction": "AutoCorrection",
        "meta_data": "MetaData",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "did_you_mean",
            "auto_correction",
            "meta_data",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["OccupationDetail"] = _dump(self.occupation_detail)
        if self.record_count is not None:
            field_dict["RecordCount"] = self.record_count
        elif "record_count" in self._sent_null:
            field_dict["RecordCount"] = None
        if self.did_you_mean is not None:
            field_dict["DidYouMean"] = self.did_you_mean
        elif "did_you_mean" in self._sent_null:
            field_dict["DidYouMean"] = None
        if self.auto_correction is not None:
            field_dict["AutoCorrection"] = self.auto_correction
        elif "auto_correction" in self._sent_null:
            field_dict["AutoCorrection"] = None
        if self.meta_data is not None:
            field_dict["MetaData"] = _dump(self.meta_data)
        elif "meta_data" in self._sent_null:
            field_dict["MetaData"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        v = src_dict["OccupationDetail"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_OccupationDetail(item0) for item0 in v]
        obj.occupation_detail = v
        known = 1  # declared keys present (each optional one counts below)
        v = src_dict.get("RecordCount")
        if v is None:
            if "RecordCount" in src_dict:
                known += 1
                obj._sent_null += ("record_count",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is int:
                _drifted()
        obj.record_count = v
        v = src_dict.get("DidYouMean")
        if v is None:
            if "DidYouMean" in src_dict:
                known += 1
                obj._sent_null += ("did_you_mean",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.did_you_mean = v
        v = src_dict.get("AutoCorrection")
        if v is None:
            if "AutoCorrection" in src_dict:
                known += 1
                obj._sent_null += ("auto_correction",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.auto_correction = v
        v = src_dict.get("MetaData")
        if v is None:
            if "MetaData" in src_dict:
                known += 1
                obj._sent_null += ("meta_data",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_ResponseMetadata(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.meta_data = v
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
from ..models.occupation_detail import OccupationDetail  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_OccupationDetail = OccupationDetail.from_dict
_from_dict_ResponseMetadata = ResponseMetadata.from_dict
