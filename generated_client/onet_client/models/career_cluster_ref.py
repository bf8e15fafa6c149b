from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerClusterRef")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "title",
    }
)


@_attrs_define
class CareerClusterRef:
    """Career Cluster or sub-cluster an occupation is assigned to."""

    code: str | Unset = UNSET
    """ Six-digit code; v1.9 used -1 for an occupation in several sub-clusters. Assumed: no real body or
    documentation shows this field is always sent. """
    title: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        title = src_dict.get("title", UNSET)

        career_cluster_ref = cls(
            code=code,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_cluster_ref  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_cluster_ref.additional_properties = d
        return career_cluster_ref

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
