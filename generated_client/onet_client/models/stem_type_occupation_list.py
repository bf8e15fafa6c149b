from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stem_type_occupation import StemTypeOccupation


T = TypeVar("T", bound="StemTypeOccupationList")


@_attrs_define
class StemTypeOccupationList:
    """One page of the occupations in a STEM type."""

    end: int
    """ Index of the last returned result (inclusive). """
    start: int
    """ Index of the first returned result (1-based). """
    total: int
    """ Number of results across all pages. """
    occupation: list[StemTypeOccupation]
    """ Occupations on this page. """
    next_: str | Unset = UNSET
    """ URL of the next page; absent on the last page. """
    prev: str | Unset = UNSET
    """ URL of the previous page; absent on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stem_type_occupation import StemTypeOccupation  # noqa: PLC0415

        end = self.end

        start = self.start

        total = self.total

        occupation = []
        for occupation_item_data in self.occupation:
            occupation_item = occupation_item_data.to_dict()
            occupation.append(occupation_item)

        next_ = self.next_

        prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "total": total,
                "occupation": occupation,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stem_type_occupation import StemTypeOccupation  # noqa: PLC0415

        d = dict(src_dict)
        end = d.pop("end")

        start = d.pop("start")

        total = d.pop("total")

        occupation = []
        _occupation = d.pop("occupation")
        for occupation_item_data in _occupation:
            occupation_item = StemTypeOccupation.from_dict(occupation_item_data)

            occupation.append(occupation_item)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        stem_type_occupation_list = cls(
            end=end,
            start=start,
            total=total,
            occupation=occupation,
            next_=next_,
            prev=prev,
        )

        stem_type_occupation_list.additional_properties = d
        return stem_type_occupation_list

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
