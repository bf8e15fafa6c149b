from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AboutVersionInfo")
_PROPERTY_NAMES = frozenset(
    {
        "api_version",
        "database",
        "taxonomy",
    }
)


@_attrs_define
class AboutVersionInfo:
    """Version information for the API, taxonomy and database."""

    api_version: str | Unset = UNSET
    """ API version string, e.g. 2.0. Assumed: no real body or documentation shows this field is always sent. """
    database: AboutReleaseInfo | str | Unset = UNSET
    """ O*NET database release served. A plain string or an object; v2 layout unknown. """
    taxonomy: AboutReleaseInfo | str | Unset = UNSET
    """ O*NET-SOC taxonomy in use. A plain string or an object; v2 layout unknown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        database: dict[str, Any] | str | Unset
        if isinstance(self.database, Unset):
            database = UNSET
        elif isinstance(self.database, AboutReleaseInfo):
            database = self.database.to_dict()
        else:
            database = self.database

        taxonomy: dict[str, Any] | str | Unset
        if isinstance(self.taxonomy, Unset):
            taxonomy = UNSET
        elif isinstance(self.taxonomy, AboutReleaseInfo):
            taxonomy = self.taxonomy.to_dict()
        else:
            taxonomy = self.taxonomy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if database is not UNSET:
            field_dict["database"] = database
        if taxonomy is not UNSET:
            field_dict["taxonomy"] = taxonomy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        api_version = src_dict.get("api_version", UNSET)

        def _parse_database(data: object) -> AboutReleaseInfo | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                database_type_1 = AboutReleaseInfo.from_dict(data)

                return database_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AboutReleaseInfo | str | Unset, data)

        database = _parse_database(src_dict.get("database", UNSET))

        def _parse_taxonomy(data: object) -> AboutReleaseInfo | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                taxonomy_type_1 = AboutReleaseInfo.from_dict(data)

                return taxonomy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AboutReleaseInfo | str | Unset, data)

        taxonomy = _parse_taxonomy(src_dict.get("taxonomy", UNSET))

        about_version_info = cls(
            api_version=api_version,
            database=database,
            taxonomy=taxonomy,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return about_version_info  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        about_version_info.additional_properties = d
        return about_version_info

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
from ..models.about_release_info import AboutReleaseInfo  # noqa: E402
