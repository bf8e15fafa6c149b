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

T = TypeVar("T", bound="DatabaseTableInfo")
_new = object.__new__  # a model is built field by field, without an __init__ call
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

    column: list[DatabaseColumn] | None = None
    """ Columns in table order. Assumed: no real body or documentation shows this field is always sent. """
    data_dictionary: str | None = None
    """ Link into the O*NET data dictionary. """
    description: str | None = None
    download: DatabaseDownloadLinks | None = None
    """ Downloadable file formats of the table, keyed by format name (e.g. excel). """
    rows: str | None = None
    """ Link to the data rows. """
    table_id: str | None = None
    """ Assumed: no real body or documentation shows this field is always sent. """
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "column": "column",
        "data_dictionary": "data_dictionary",
        "description": "description",
        "download": "download",
        "rows": "rows",
        "table_id": "table_id",
        "title": "title",
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
        if self.column is not None:
            field_dict["column"] = _dump(self.column)
        elif "column" in self._sent_null:
            field_dict["column"] = None
        if self.data_dictionary is not None:
            field_dict["data_dictionary"] = self.data_dictionary
        elif "data_dictionary" in self._sent_null:
            field_dict["data_dictionary"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._sent_null:
            field_dict["description"] = None
        if self.download is not None:
            field_dict["download"] = _dump(self.download)
        elif "download" in self._sent_null:
            field_dict["download"] = None
        if self.rows is not None:
            field_dict["rows"] = self.rows
        elif "rows" in self._sent_null:
            field_dict["rows"] = None
        if self.table_id is not None:
            field_dict["table_id"] = self.table_id
        elif "table_id" in self._sent_null:
            field_dict["table_id"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._sent_null:
            field_dict["title"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("column")
        if v is None:
            if "column" in src_dict:
                known += 1
                obj._sent_null += ("column",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_DatabaseColumn(item0) for item0 in v]
        obj.column = v
        v = src_dict.get("data_dictionary")
        if v is None:
            if "data_dictionary" in src_dict:
                known += 1
                obj._sent_null += ("data_dictionary",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.data_dictionary = v
        v = src_dict.get("description")
        if v is None:
            if "description" in src_dict:
                known += 1
                obj._sent_null += ("description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.description = v
        v = src_dict.get("download")
        if v is None:
            if "download" in src_dict:
                known += 1
                obj._sent_null += ("download",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_DatabaseDownloadLinks(v)
        obj.download = v
        v = src_dict.get("rows")
        if v is None:
            if "rows" in src_dict:
                known += 1
                obj._sent_null += ("rows",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.rows = v
        v = src_dict.get("table_id")
        if v is None:
            if "table_id" in src_dict:
                known += 1
                obj._sent_null += ("table_id",)
                _drifted()  # a null the spec does not allow
            else:
                _drifted()  # absent, though the spec expects it (x-assumed-required): the checks report it
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.table_id = v
        v = src_dict.get("title")
        if v is None:
            if "title" in src_dict:
                known += 1
                obj._sent_null += ("title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.title = v
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
from ..models.database_column import DatabaseColumn  # noqa: E402
from ..models.database_download_links import DatabaseDownloadLinks  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_DatabaseColumn = DatabaseColumn.from_dict
_from_dict_DatabaseDownloadLinks = DatabaseDownloadLinks.from_dict
