from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseColumn")


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
        d = dict(src_dict)
        column_id = d.pop("column_id")

        title = d.pop("title")

        type_ = d.pop("type")

        description = d.pop("description", UNSET)

        format_ = d.pop("format", UNSET)

        optional = d.pop("optional", UNSET)

        database_column = cls(
            column_id=column_id,
            title=title,
            type_=type_,
            description=description,
            format_=format_,
            optional=optional,
        )

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
