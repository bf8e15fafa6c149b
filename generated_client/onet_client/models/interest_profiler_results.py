from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerResults")
_PROPERTY_NAMES = frozenset(
    {
        "careers",
        "result",
    }
)


@_attrs_define
class InterestProfilerResults:
    """Interest scores computed from an answers string."""

    careers: str | Unset = UNSET
    """ Link to the matching-careers operation for the same answers. A string in strictly typed clients; one test
    mock shows an object {href} instead. Assumed: no real body or documentation shows this field is always sent. """
    result: list[InterestProfilerResult] | Unset = UNSET
    """ Six entries in Realistic, Investigative, Artistic, Social, Enterprising, Conventional order. Assumed: no
    real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        careers = self.careers

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if careers is not UNSET:
            field_dict["careers"] = careers
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        careers = src_dict.get("careers", UNSET)

        _result = src_dict.get("result", UNSET)
        result: list[InterestProfilerResult] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = InterestProfilerResult.from_dict(result_item_data)

                result.append(result_item)

        interest_profiler_results = cls(
            careers=careers,
            result=result,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return interest_profiler_results  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        interest_profiler_results.additional_properties = d
        return interest_profiler_results

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
from ..models.interest_profiler_result import InterestProfilerResult  # noqa: E402
