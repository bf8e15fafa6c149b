from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import decoding as _decoding
from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import fields_sent as _fields_sent
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseRow")
_new = object.__new__  # a model is built field by field, without an __init__ call


@_attrs_define
class DatabaseRow:
    """One table row keyed by column_id (e.g. onetsoc_code, element_id, scale_id, data_value); numeric columns are JSON
    numbers and missing values null.

    """

    additional_properties: dict[str, float | None | str] = _attrs_field(init=False, factory=dict)
    _sdk_keys: ClassVar[dict[str, str]] = {}
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset({})
    """ The fields whose spec allows null (a null elsewhere is drift). """

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        # A body the SDK decoded itself is used as it is (its objects are nobody else's; a copy per row costs more than
        # building the rest of the model); anything else a caller passes is copied, so the model never aliases it.
        d = src_dict if _decoding.own_body and type(src_dict) is dict else dict(src_dict)
        obj.additional_properties = d

        return obj

    def fields_sent(self) -> frozenset[str]:
        """Names of the fields the server sent, null included (absent and null optional fields both read None)."""
        return _fields_sent(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
