from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerQuestion")
_PROPERTY_NAMES = frozenset(
    {
        "area",
        "index",
        "text",
    }
)


@_attrs_define
class InterestProfilerQuestion:
    """One Interest Profiler item."""

    area: str | Unset = UNSET
    """ RIASEC area the item measures. Lower-case in two v2 mocks, capitalised in v1.9; case not confirmed. Assumed:
    no real body or documentation shows this field is always sent. """
    index: int | Unset = UNSET
    """ Position of the item (1-based); also the position of its answer digit in the answers string. Assumed: no
    real body or documentation shows this field is always sent. """
    text: str | Unset = UNSET
    """ Item wording (a work activity); Spanish in /mpp. Assumed: no real body or documentation shows this field is
    always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area = self.area

        index = self.index

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if area is not UNSET:
            field_dict["area"] = area
        if index is not UNSET:
            field_dict["index"] = index
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        area = src_dict.get("area", UNSET)

        index = src_dict.get("index", UNSET)

        text = src_dict.get("text", UNSET)

        interest_profiler_question = cls(
            area=area,
            index=index,
            text=text,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return interest_profiler_question  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        interest_profiler_question.additional_properties = d
        return interest_profiler_question

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
