from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseColumn")
_PROPERTY_NAMES = frozenset(
    {
        "column_id",
        "description",
        "format",
        "optional",
        "title",
        "type",
    }
)


@_attrs_define
class DatabaseColumn:
    """Column of a database table."""

    column_id: str | Unset = UNSET
    """ Key of this column in row objects, e.g. onetsoc_code. Assumed: no real body or documentation shows this
    field is always sent. """
    description: str | Unset = UNSET
    format_: str | Unset = UNSET
    """ Display format (read by one client only; guess). """
    optional: bool | Unset = UNSET
    """ True when values may be null. """
    title: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    type_: str | Unset = UNSET
    """ Data type; decides which filter operators apply (vocabulary not confirmed). Assumed: no real body or
    documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_id = self.column_id

        description = self.description

        format_ = self.format_

        optional = self.optional

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_id is not UNSET:
            field_dict["column_id"] = column_id
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        if optional is not UNSET:
            field_dict["optional"] = optional
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        column_id = src_dict.get("column_id", UNSET)

        description = src_dict.get("description", UNSET)

        format_ = src_dict.get("format", UNSET)

        optional = src_dict.get("optional", UNSET)

        title = src_dict.get("title", UNSET)

        type_ = src_dict.get("type", UNSET)

        database_column = cls(
            column_id=column_id,
            description=description,
            format_=format_,
            optional=optional,
            title=title,
            type_=type_,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return database_column  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        database_column.additional_properties = d
        return database_column

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
