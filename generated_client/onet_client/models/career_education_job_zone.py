from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerEducationJobZone")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "education",
        "experience",
        "title",
        "training",
    }
)


@_attrs_define
class CareerEducationJobZone:
    """The career's Job Zone (a bare integer in v1.9)."""

    code: CareerJobZoneCode | Unset = UNSET
    """ Job Zone number: 1 (little or no preparation) to 5 (extensive preparation). """
    education: str | Unset = UNSET
    """ Education typically needed. """
    experience: str | Unset = UNSET
    """ Experience typically needed. """
    title: str | Unset = UNSET
    """ Job Zone title. """
    training: str | Unset = UNSET
    """ Training typically needed; the field name is uncertain (job_training elsewhere). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        education = self.education

        experience = self.experience

        title = self.title

        training = self.training

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if education is not UNSET:
            field_dict["education"] = education
        if experience is not UNSET:
            field_dict["experience"] = experience
        if title is not UNSET:
            field_dict["title"] = title
        if training is not UNSET:
            field_dict["training"] = training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _code = src_dict.get("code", UNSET)
        code: CareerJobZoneCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_career_job_zone_code(_code)

        education = src_dict.get("education", UNSET)

        experience = src_dict.get("experience", UNSET)

        title = src_dict.get("title", UNSET)

        training = src_dict.get("training", UNSET)

        career_education_job_zone = cls(
            code=code,
            education=education,
            experience=experience,
            title=title,
            training=training,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_education_job_zone  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_education_job_zone.additional_properties = d
        return career_education_job_zone

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
