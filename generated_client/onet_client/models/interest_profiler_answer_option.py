from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interest_profiler_answer_option_value import (
    InterestProfilerAnswerOptionValue,
    check_interest_profiler_answer_option_value,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerAnswerOption")
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "value",
    }
)


@_attrs_define
class InterestProfilerAnswerOption:
    """One point of the five-point answer scale."""

    name: str | Unset = UNSET
    """ Label of the choice (Strongly Dislike .. Strongly Like in v1.9; Spanish in /mpp). Assumed: no real body or
    documentation shows this field is always sent. """
    value: InterestProfilerAnswerOptionValue | Unset = UNSET
    """ Answer value on the 1-5 scale. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: int | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        _value = src_dict.get("value", UNSET)
        value: InterestProfilerAnswerOptionValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = check_interest_profiler_answer_option_value(_value)

        interest_profiler_answer_option = cls(
            name=name,
            value=value,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return interest_profiler_answer_option  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        interest_profiler_answer_option.additional_properties = d
        return interest_profiler_answer_option

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
