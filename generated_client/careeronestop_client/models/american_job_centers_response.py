from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmericanJobCentersResponse")
_PROPERTY_NAMES = frozenset(
    {
        "OneStopCenterList",
        "RecordCount",
        "AreaValidationErr",
        "MetaData",
    }
)


@_attrs_define
class AmericanJobCentersResponse:
    """Envelope for the AJC finder."""

    one_stop_center_list: list[AmericanJobCenter] | Unset = UNSET
    """ Centers, nearest first. """
    record_count: int | Unset = UNSET
    area_validation_err: None | str | Unset = UNSET
    """ Set when the location could not be resolved. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        one_stop_center_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.one_stop_center_list, Unset):
            one_stop_center_list = []
            for one_stop_center_list_item_data in self.one_stop_center_list:
                one_stop_center_list_item = one_stop_center_list_item_data.to_dict()
                one_stop_center_list.append(one_stop_center_list_item)

        record_count = self.record_count

        area_validation_err: None | str | Unset
        if isinstance(self.area_validation_err, Unset):
            area_validation_err = UNSET
        else:
            area_validation_err = self.area_validation_err

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
        if one_stop_center_list is not UNSET:
            field_dict["OneStopCenterList"] = one_stop_center_list
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if area_validation_err is not UNSET:
            field_dict["AreaValidationErr"] = area_validation_err
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _one_stop_center_list = src_dict.get("OneStopCenterList", UNSET)
        one_stop_center_list: list[AmericanJobCenter] | Unset = UNSET
        if _one_stop_center_list is not UNSET:
            one_stop_center_list = []
            for one_stop_center_list_item_data in _one_stop_center_list:
                one_stop_center_list_item = AmericanJobCenter.from_dict(one_stop_center_list_item_data)

                one_stop_center_list.append(one_stop_center_list_item)

        record_count = src_dict.get("RecordCount", UNSET)

        area_validation_err = cast(None | str | Unset, src_dict.get("AreaValidationErr", UNSET))

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

        american_job_centers_response = cls(
            one_stop_center_list=one_stop_center_list,
            record_count=record_count,
            area_validation_err=area_validation_err,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return american_job_centers_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        american_job_centers_response.additional_properties = d
        return american_job_centers_response

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
from ..models.american_job_center import AmericanJobCenter  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402
