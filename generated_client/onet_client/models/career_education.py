from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerEducation")
_PROPERTY_NAMES = frozenset(
    {
        "apprenticeship",
        "education_usually_needed",
        "job_zone",
    }
)


@_attrs_define
class CareerEducation:
    """Education section: Job Zone and education usually needed."""

    apprenticeship: bool | Unset = UNSET
    """ Apprenticeship flag; declared by one low-trust client only. """
    education_usually_needed: list[str] | Unset = UNSET
    """ Education levels usually needed (v1.9: {category: [...]}). """
    job_zone: CareerEducationJobZone | Unset = UNSET
    """ The career's Job Zone (a bare integer in v1.9). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apprenticeship = self.apprenticeship

        education_usually_needed: list[str] | Unset = UNSET
        if not isinstance(self.education_usually_needed, Unset):
            education_usually_needed = self.education_usually_needed

        job_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_zone, Unset):
            job_zone = self.job_zone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apprenticeship is not UNSET:
            field_dict["apprenticeship"] = apprenticeship
        if education_usually_needed is not UNSET:
            field_dict["education_usually_needed"] = education_usually_needed
        if job_zone is not UNSET:
            field_dict["job_zone"] = job_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        apprenticeship = src_dict.get("apprenticeship", UNSET)

        education_usually_needed = cast(list[str], src_dict.get("education_usually_needed", UNSET))

        _job_zone = src_dict.get("job_zone", UNSET)
        job_zone: CareerEducationJobZone | Unset
        if isinstance(_job_zone, Unset):
            job_zone = UNSET
        else:
            job_zone = CareerEducationJobZone.from_dict(_job_zone)

        career_education = cls(
            apprenticeship=apprenticeship,
            education_usually_needed=education_usually_needed,
            job_zone=job_zone,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_education  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_education.additional_properties = d
        return career_education

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
from ..models.career_education_job_zone import CareerEducationJobZone  # noqa: E402
