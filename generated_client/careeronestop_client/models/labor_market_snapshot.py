from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaborMarketSnapshot")
_PROPERTY_NAMES = frozenset(
    {
        "AveragePayState",
        "AveragePayNational",
        "TypicalTraining",
        "CareerOutLook",
    }
)


@_attrs_define
class LaborMarketSnapshot:
    """Labor-market snapshot. Pay values are strings with thousands separators and may be empty."""

    average_pay_state: str | Unset = UNSET
    average_pay_national: str | Unset = UNSET
    typical_training: str | Unset = UNSET
    career_out_look: str | Unset = UNSET
    """ Outlook label (note the capital L). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_pay_state = self.average_pay_state

        average_pay_national = self.average_pay_national

        typical_training = self.typical_training

        career_out_look = self.career_out_look

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_pay_state is not UNSET:
            field_dict["AveragePayState"] = average_pay_state
        if average_pay_national is not UNSET:
            field_dict["AveragePayNational"] = average_pay_national
        if typical_training is not UNSET:
            field_dict["TypicalTraining"] = typical_training
        if career_out_look is not UNSET:
            field_dict["CareerOutLook"] = career_out_look

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        average_pay_state = src_dict.get("AveragePayState", UNSET)

        average_pay_national = src_dict.get("AveragePayNational", UNSET)

        typical_training = src_dict.get("TypicalTraining", UNSET)

        career_out_look = src_dict.get("CareerOutLook", UNSET)

        labor_market_snapshot = cls(
            average_pay_state=average_pay_state,
            average_pay_national=average_pay_national,
            typical_training=typical_training,
            career_out_look=career_out_look,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return labor_market_snapshot  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        labor_market_snapshot.additional_properties = d
        return labor_market_snapshot

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
