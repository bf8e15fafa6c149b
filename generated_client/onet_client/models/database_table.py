from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseTable")
_PROPERTY_NAMES = frozenset(
    {
        "info",
        "rows",
        "table_id",
        "title",
        "description",
    }
)


@_attrs_define
class DatabaseTable:
    """A downloadable O*NET database table."""

    info: str
    """ Link to the column information. """
    rows: str
    """ Link to the data rows. """
    table_id: str
    """ Identifier used by the info and rows services. """
    title: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info = self.info

        rows = self.rows

        table_id = self.table_id

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
                "rows": rows,
                "table_id": table_id,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        info = src_dict["info"]

        rows = src_dict["rows"]

        table_id = src_dict["table_id"]

        title = src_dict["title"]

        description = src_dict.get("description", UNSET)

        database_table = cls(
            info=info,
            rows=rows,
            table_id=table_id,
            title=title,
            description=description,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
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
