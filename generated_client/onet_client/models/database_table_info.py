from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseTableInfo")
_PROPERTY_NAMES = frozenset(
    {
        "column",
        "data_dictionary",
        "description",
        "download",
        "rows",
        "table_id",
        "title",
    }
)


@_attrs_define
class DatabaseTableInfo:
    """Description and columns of one table."""

    column: list[DatabaseColumn] | Unset = UNSET
    """ Columns in table order. Assumed: no real body or documentation shows this field is always sent. """
    data_dictionary: str | Unset = UNSET
    """ Link into the O*NET data dictionary. """
    description: str | Unset = UNSET
    download: DatabaseDownloadLinks | Unset = UNSET
    """ Downloadable file formats of the table, keyed by format name (e.g. excel). """
    rows: str | Unset = UNSET
    """ Link to the data rows. """
    table_id: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.column, Unset):
            column = []
            for column_item_data in self.column:
                column_item = column_item_data.to_dict()
                column.append(column_item)

        data_dictionary = self.data_dictionary

        description = self.description

        download: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download, Unset):
            download = self.download.to_dict()

        rows = self.rows

        table_id = self.table_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column is not UNSET:
            field_dict["column"] = column
        if data_dictionary is not UNSET:
            field_dict["data_dictionary"] = data_dictionary
        if description is not UNSET:
            field_dict["description"] = description
        if download is not UNSET:
            field_dict["download"] = download
        if rows is not UNSET:
            field_dict["rows"] = rows
        if table_id is not UNSET:
            field_dict["table_id"] = table_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _column = src_dict.get("column", UNSET)
        column: list[DatabaseColumn] | Unset = UNSET
        if _column is not UNSET:
            column = []
            for column_item_data in _column:
                column_item = DatabaseColumn.from_dict(column_item_data)

                column.append(column_item)

        data_dictionary = src_dict.get("data_dictionary", UNSET)

        description = src_dict.get("description", UNSET)

        _download = src_dict.get("download", UNSET)
        download: DatabaseDownloadLinks | Unset
        if isinstance(_download, Unset):
            download = UNSET
        else:
            download = DatabaseDownloadLinks.from_dict(_download)

        rows = src_dict.get("rows", UNSET)

        table_id = src_dict.get("table_id", UNSET)

        title = src_dict.get("title", UNSET)

        database_table_info = cls(
            column=column,
            data_dictionary=data_dictionary,
            description=description,
            download=download,
            rows=rows,
            table_id=table_id,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return database_table_info  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        database_table_info.additional_properties = d
        return database_table_info

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
from ..models.database_column import DatabaseColumn  # noqa: E402
from ..models.database_download_links import DatabaseDownloadLinks  # noqa: E402
