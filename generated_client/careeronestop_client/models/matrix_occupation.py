from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MatrixOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "MatOccCode",
        "MatOccTitle",
    }
)


@_attrs_define
class MatrixOccupation:
    """The EP-matrix occupation that the education figures describe."""

    mat_occ_code: str | Unset = UNSET
    """ Undotted matrix code, for example `211018`. """
    mat_occ_title: str | Unset = UNSET
    """ Matrix title. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mat_occ_code = self.mat_occ_code

        mat_occ_title = self.mat_occ_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mat_occ_code is not UNSET:
            field_dict["MatOccCode"] = mat_occ_code
        if mat_occ_title is not UNSET:
            field_dict["MatOccTitle"] = mat_occ_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        mat_occ_code = src_dict.get("MatOccCode", UNSET)

        mat_occ_title = src_dict.get("MatOccTitle", UNSET)

        matrix_occupation = cls(
            mat_occ_code=mat_occ_code,
            mat_occ_title=mat_occ_title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return matrix_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        matrix_occupation.additional_properties = d
        return matrix_occupation

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
