from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseTable")
_PROPERTY_NAMES = frozenset(
    {
        "description",
        "info",
        "rows",
        "table_id",
        "title",
    }
)


@_attrs_define
class DatabaseTable:
    """A downloadable O*NET database table."""

    description: str | Unset = UNSET
    info: str | Unset = UNSET
    """ Link to the column information. Assumed: no real body or documentation shows this field is always sent. """
    rows: str | Unset = UNSET
    """ Link to the data rows. Assumed: no real body or documentation shows this field is always sent. """
    table_id: str | Unset = UNSET
    """ Identifier used by the info and rows services. Assumed: no real body or documentation shows this field is
    always sent. """
    title: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        info = self.info

        rows = self.rows

        table_id = self.table_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if info is not UNSET:
            field_dict["info"] = info
        if rows is not UNSET:
            field_dict["rows"] = rows
        if table_id is not UNSET:
            field_dict["table_id"] = table_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict.get("description", UNSET)

        info = src_dict.get("info", UNSET)

        rows = src_dict.get("rows", UNSET)

        table_id = src_dict.get("table_id", UNSET)

        title = src_dict.get("title", UNSET)

        database_table = cls(
            description=description,
            info=info,
            rows=rows,
            table_id=table_id,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return database_table  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        database_table.additional_properties = d
        return database_table

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
