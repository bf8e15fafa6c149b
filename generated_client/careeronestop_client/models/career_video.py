from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerVideo")
_PROPERTY_NAMES = frozenset(
    {
        "VideoCode",
        "VideoTitle",
        "VideoType",
    }
)


@_attrs_define
class CareerVideo:
    """A CareerOneStop career video."""

    video_code: str | Unset = UNSET
    video_title: str | Unset = UNSET
    video_type: str | Unset = UNSET
    """ Video category. The documentation misspells it VideoTyp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_code = self.video_code

        video_title = self.video_title

        video_type = self.video_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_code is not UNSET:
            field_dict["VideoCode"] = video_code
        if video_title is not UNSET:
            field_dict["VideoTitle"] = video_title
        if video_type is not UNSET:
            field_dict["VideoType"] = video_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        video_code = src_dict.get("VideoCode", UNSET)

        video_title = src_dict.get("VideoTitle", UNSET)

        video_type = src_dict.get("VideoType", UNSET)

        career_video = cls(
            video_code=video_code,
            video_title=video_title,
            video_type=video_type,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_video  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_video.additional_properties = d
        return career_video

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
