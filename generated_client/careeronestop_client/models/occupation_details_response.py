from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationDetailsResponse")
_PROPERTY_NAMES = frozenset(
    {
        "OccupationDetail",
        "RecordCount",
        "DidYouMean",
        "AutoCorrection",
        "MetaData",
    }
)


@_attrs_define
class OccupationDetailsResponse:
    """Envelope for Get Occupation Details."""

    occupation_detail: list[OccupationDetail]
    """ The matched occupations. The documentation says Object, but the JSON is an array, normally with exactly one
    element. """
    record_count: int | Unset = UNSET
    """ Number of OccupationDetail entries. """
    did_you_mean: None | str | Unset = UNSET
    """ Spelling suggestion. """
    auto_correction: None | str | Unset = UNSET
    """ Auto-corrected keyword. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupation_detail = []
        for occupation_detail_item_data in self.occupation_detail:
            occupation_detail_item = occupation_detail_item_data.to_dict()
            occupation_detail.append(occupation_detail_item)

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

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ResponseMetadata):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OccupationDetail": occupation_detail,
            }
        )
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if did_you_mean is not UNSET:
            field_dict["DidYouMean"] = did_you_mean
        if auto_correction is not UNSET:
            field_dict["AutoCorrection"] = auto_correction
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        occupation_detail = []
        _occupation_detail = src_dict["OccupationDetail"]
        for occupation_detail_item_data in _occupation_detail:
            occupation_detail_item = OccupationDetail.from_dict(occupation_detail_item_data)

            occupation_detail.append(occupation_detail_item)

        record_count = src_dict.get("RecordCount", UNSET)

        did_you_mean = cast(None | str | Unset, src_dict.get("DidYouMean", UNSET))

        auto_correction = cast(None | str | Unset, src_dict.get("AutoCorrection", UNSET))

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

        occupation_details_response = cls(
            occupation_detail=occupation_detail,
            record_count=record_count,
            did_you_mean=did_you_mean,
            auto_correction=auto_correction,
            meta_data=meta_data,
        )

        if len(src_dict) == 1 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_details_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_details_response.additional_properties = d
        return occupation_details_response

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
from ..models.occupation_detail import OccupationDetail  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402
