from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OnetElementScore")
_PROPERTY_NAMES = frozenset(
    {
        "ElementId",
        "ElementName",
        "ElementDescription",
        "DataValue",
        "Importance",
    }
)


@_attrs_define
class OnetElementScore:
    """An O*NET content-model element with its rating. Used for interests, skills, knowledge and abilities. The JSON key is
    ElementId, not the documented ElementID.

    """

    element_id: str | Unset = UNSET
    """ Content-model id, for example `2.A.1.a`. """
    element_name: str | Unset = UNSET
    element_description: str | Unset = UNSET
    data_value: str | Unset = UNSET
    """ Score as a numeric string. It may be an empty string when the element is unrated. """
    importance: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_id = self.element_id

        element_name = self.element_name

        element_description = self.element_description

        data_value = self.data_value

        importance: None | str | Unset
        if isinstance(self.importance, Unset):
            importance = UNSET
        else:
            importance = self.importance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if element_id is not UNSET:
            field_dict["ElementId"] = element_id
        if element_name is not UNSET:
            field_dict["ElementName"] = element_name
        if element_description is not UNSET:
            field_dict["ElementDescription"] = element_description
        if data_value is not UNSET:
            field_dict["DataValue"] = data_value
        if importance is not UNSET:
            field_dict["Importance"] = importance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        element_id = src_dict.get("ElementId", UNSET)

        element_name = src_dict.get("ElementName", UNSET)

        element_description = src_dict.get("ElementDescription", UNSET)

        data_value = src_dict.get("DataValue", UNSET)

        importance = cast(None | str | Unset, src_dict.get("Importance", UNSET))

        onet_element_score = cls(
            element_id=element_id,
            element_name=element_name,
            element_description=element_description,
            data_value=data_value,
            importance=importance,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return onet_element_score  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        onet_element_score.additional_properties = d
        return onet_element_score

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
