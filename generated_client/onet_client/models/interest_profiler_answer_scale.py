from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerAnswerScale")
_PROPERTY_NAMES = frozenset(
    {
        "answer_option",
    }
)


@_attrs_define
class InterestProfilerAnswerScale:
    """Answer scale sent alongside each page of questions."""

    answer_option: list[InterestProfilerAnswerOption] | Unset = UNSET
    """ The answer scale offered for every item; repeated unchanged on each page, so it is not page content.
    Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer_option: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answer_option, Unset):
            answer_option = []
            for answer_option_item_data in self.answer_option:
                answer_option_item = answer_option_item_data.to_dict()
                answer_option.append(answer_option_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answer_option is not UNSET:
            field_dict["answer_option"] = answer_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _answer_option = src_dict.get("answer_option", UNSET)
        answer_option: list[InterestProfilerAnswerOption] | Unset = UNSET
        if _answer_option is not UNSET:
            answer_option = []
            for answer_option_item_data in _answer_option:
                answer_option_item = InterestProfilerAnswerOption.from_dict(answer_option_item_data)

                answer_option.append(answer_option_item)

        interest_profiler_answer_scale = cls(
            answer_option=answer_option,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return interest_profiler_answer_scale  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        interest_profiler_answer_scale.additional_properties = d
        return interest_profiler_answer_scale

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
from ..models.interest_profiler_answer_option import InterestProfilerAnswerOption  # noqa: E402
