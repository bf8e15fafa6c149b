from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicensesResponse")
_PROPERTY_NAMES = frozenset(
    {
        "LicenseList",
        "LicenseDetail",
        "RecordCount",
        "DidYouMean",
        "AutoCorrection",
        "QueriedOn",
        "MetaData",
    }
)


@_attrs_define
class LicensesResponse:
    """Envelope for List Licenses. Only LicenseList is confirmed by client code."""

    license_list: list[License] | Unset = UNSET
    license_detail: License | None | Unset = UNSET
    record_count: int | Unset = UNSET
    did_you_mean: None | str | Unset = UNSET
    auto_correction: None | str | Unset = UNSET
    queried_on: LicenseQueryInterpretation | Unset = UNSET
    """ How the keyword was interpreted. The value types have not been recorded. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.license_list, Unset):
            license_list = []
            for license_list_item_data in self.license_list:
                license_list_item = license_list_item_data.to_dict()
                license_list.append(license_list_item)

        license_detail: dict[str, Any] | None | Unset
        if isinstance(self.license_detail, Unset):
            license_detail = UNSET
        elif isinstance(self.license_detail, License):
            license_detail = self.license_detail.to_dict()
        else:
            license_detail = self.license_detail

        record_count = self.record_count

        did_you_mean: None | str | Unset
        if isinstance(self.did_you_mean, Unset):
            did_you_mean = UNSET
        else:
            did_you_mean = self.did_you_mean

        auto_correction: None | str | Unset
        if isinstance(self.auto_correction, Unset):
            auto_correction = UNSET
        else:
            auto_correction = self.auto_correction

        queried_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queried_on, Unset):
            queried_on = self.queried_on.to_dict()

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
        if license_list is not UNSET:
            field_dict["LicenseList"] = license_list
        if license_detail is not UNSET:
            field_dict["LicenseDetail"] = license_detail
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if did_you_mean is not UNSET:
            field_dict["DidYouMean"] = did_you_mean
        if auto_correction is not UNSET:
            field_dict["AutoCorrection"] = auto_correction
        if queried_on is not UNSET:
            field_dict["QueriedOn"] = queried_on
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _license_list = src_dict.get("LicenseList", UNSET)
        license_list: list[License] | Unset = UNSET
        if _license_list is not UNSET:
            license_list = []
            for license_list_item_data in _license_list:
                license_list_item = License.from_dict(license_list_item_data)

                license_list.append(license_list_item)

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

        record_count = src_dict.get("RecordCount", UNSET)

        did_you_mean = cast(None | str | Unset, src_dict.get("DidYouMean", UNSET))

        auto_correction = cast(None | str | Unset, src_dict.get("AutoCorrection", UNSET))

        _queried_on = src_dict.get("QueriedOn", UNSET)
        queried_on: LicenseQueryInterpretation | Unset
        if isinstance(_queried_on, Unset):
            queried_on = UNSET
        else:
            queried_on = LicenseQueryInterpretation.from_dict(_queried_on)

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

        licenses_response = cls(
            license_list=license_list,
            license_detail=license_detail,
            record_count=record_count,
            did_you_mean=did_you_mean,
            auto_correction=auto_correction,
            queried_on=queried_on,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return licenses_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        licenses_response.additional_properties = d
        return licenses_response

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
from ..models.license_query_interpretation import LicenseQueryInterpretation  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402
