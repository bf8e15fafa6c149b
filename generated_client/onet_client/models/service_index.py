from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceIndex")
_PROPERTY_NAMES = frozenset(
    {
        "about",
        "database",
        "mnm",
        "mpp",
        "online",
        "taxonomy",
        "veterans",
    }
)


@_attrs_define
class ServiceIndex:
    """The service index. Measured: it lists the service areas /about/, /database/, /mnm/, /mpp/, /online/, /taxonomy/ and
    /veterans/ (live-evidence O7). The JSON layout was not published; this one (area name to link) is a guess, and other
    members are kept.

    """

    about: str | Unset = UNSET
    """ Link to the /about/ service area. """
    database: str | Unset = UNSET
    """ Link to the /database/ service area. """
    mnm: str | Unset = UNSET
    """ Link to the /mnm/ service area. """
    mpp: str | Unset = UNSET
    """ Link to the /mpp/ service area. """
    online: str | Unset = UNSET
    """ Link to the /online/ service area. """
    taxonomy: str | Unset = UNSET
    """ Link to the /taxonomy/ service area. """
    veterans: str | Unset = UNSET
    """ Link to the /veterans/ service area. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        about = self.about

        database = self.database

        mnm = self.mnm

        mpp = self.mpp

        online = self.online

        taxonomy = self.taxonomy

        veterans = self.veterans

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if about is not UNSET:
            field_dict["about"] = about
        if database is not UNSET:
            field_dict["database"] = database
        if mnm is not UNSET:
            field_dict["mnm"] = mnm
        if mpp is not UNSET:
            field_dict["mpp"] = mpp
        if online is not UNSET:
            field_dict["online"] = online
        if taxonomy is not UNSET:
            field_dict["taxonomy"] = taxonomy
        if veterans is not UNSET:
            field_dict["veterans"] = veterans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        about = src_dict.get("about", UNSET)

        database = src_dict.get("database", UNSET)

        mnm = src_dict.get("mnm", UNSET)

        mpp = src_dict.get("mpp", UNSET)

        online = src_dict.get("online", UNSET)

        taxonomy = src_dict.get("taxonomy", UNSET)

        veterans = src_dict.get("veterans", UNSET)

        service_index = cls(
            about=about,
            database=database,
            mnm=mnm,
            mpp=mpp,
            online=online,
            taxonomy=taxonomy,
            veterans=veterans,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return service_index  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        service_index.additional_properties = d
        return service_index

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
