from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.occupation_detail_response_occupation_detail_item import (
        OccupationDetailResponseOccupationDetailItem,
    )


T = TypeVar("T", bound="OccupationDetailResponse")


@_attrs_define
class OccupationDetailResponse:
    occupation_detail: list[OccupationDetailResponseOccupationDetailItem] | Unset = UNSET
    record_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.occupation_detail_response_occupation_detail_item import (
            OccupationDetailResponseOccupationDetailItem,  # noqa: PLC0415
        )

        occupation_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.occupation_detail, Unset):
            occupation_detail = []
            for occupation_detail_item_data in self.occupation_detail:
                occupation_detail_item = occupation_detail_item_data.to_dict()
                occupation_detail.append(occupation_detail_item)

        record_count = self.record_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occupation_detail is not UNSET:
            field_dict["OccupationDetail"] = occupation_detail
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.occupation_detail_response_occupation_detail_item import (
            OccupationDetailResponseOccupationDetailItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _occupation_detail = d.pop("OccupationDetail", UNSET)
        occupation_detail: list[OccupationDetailResponseOccupationDetailItem] | Unset = UNSET
        if _occupation_detail is not UNSET:
            occupation_detail = []
            for occupation_detail_item_data in _occupation_detail:
                occupation_detail_item = OccupationDetailResponseOccupationDetailItem.from_dict(
                    occupation_detail_item_data
                )

                occupation_detail.append(occupation_detail_item)

        record_count = d.pop("RecordCount", UNSET)

        occupation_detail_response = cls(
            occupation_detail=occupation_detail,
            record_count=record_count,
        )

        occupation_detail_response.additional_properties = d
        return occupation_detail_response

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
