from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseDetailResponse")
_PROPERTY_NAMES = frozenset(
    {
        "LicenseDetail",
        "MetaData",
    }
)


@_attrs_define
class LicenseDetailResponse:
    """Assumed envelope for Get License Details."""

    license_detail: License | None | Unset = UNSET
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_detail: dict[str, Any] | None | Unset
        if isinstance(self.license_detail, Unset):
            license_detail = UNSET
        elif isinstance(self.license_detail, License):
            license_detail = self.license_detail.to_dict()
        else:
            license_detail = self.license_detail

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ResponseMetadata):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if license_detail is not UNSET:
            field_dict["LicenseDetail"] = license_detail
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_license_detail(data: object) -> License | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                license_detail_type_0 = License.from_dict(data)

                return license_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(License | None | Unset, data)

        license_detail = _parse_license_detail(src_dict.get("LicenseDetail", UNSET))

        def _parse_meta_data(data: object) -> None | ResponseMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_data_type_0 = ResponseMetadata.from_dict(data)

                return meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMetadata | Unset, data)

        meta_data = _parse_meta_data(src_dict.get("MetaData", UNSET))

        license_detail_response = cls(
            license_detail=license_detail,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return license_detail_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        license_detail_response.additional_properties = d
        return license_detail_response

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
from ..models.license_ import License  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402
