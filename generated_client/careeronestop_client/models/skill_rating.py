from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillRating")
_PROPERTY_NAMES = frozenset(
    {
        "ElementId",
        "DataValue",
    }
)


@_attrs_define
class SkillRating:
    """The user's rating for one question."""

    element_id: str
    """ ElementId from Get Skills. """
    data_value: str
    """ The DataPointNN value of the chosen rating, sent back as the string the questions gave.: null """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_id = self.element_id

        data_value = self.data_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ElementId": element_id,
                "DataValue": data_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        element_id = src_dict["ElementId"]

        data_value = src_dict["DataValue"]

        skill_rating = cls(
            element_id=element_id,
            data_value=data_value,
        )
        _drifted()  # a request model does not check what it holds: a response that contains one is checked whole

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return skill_rating  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skill_rating.additional_properties = d

        return skill_rating

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
