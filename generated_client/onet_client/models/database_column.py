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
        "title",
        "type",
        "description",
        "format",
        "optional",
    }
)


@_attrs_define
class DatabaseColumn:
    """Column of a database table."""

    column_id: str
    """ Key of this column in row objects, e.g. onetsoc_code. """
    title: str
    type_: str
    """ Data type; decides which filter operators apply (vocabulary not confirmed). """
    description: str | Unset = UNSET
    format_: str | Unset = UNSET
    """ Display format (read by one client only; guess). """
    optional: bool | Unset = UNSET
    """ True when values may be null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_id = self.column_id

        title = self.title

        type_ = self.type_

        description = self.description

        format_ = self.format_

        optional = self.optional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_id": column_id,
                "title": title,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        column_id = src_dict["column_id"]

        title = src_dict["title"]

        type_ = src_dict["type"]

        description = src_dict.get("description", UNSET)

        format_ = src_dict.get("format", UNSET)

        optional = src_dict.get("optional", UNSET)

        database_column = cls(
            column_id=column_id,
            title=title,
            type_=type_,
            description=description,
            format_=format_,
            optional=optional,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
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
