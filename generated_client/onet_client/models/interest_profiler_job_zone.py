from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerJobZone")
_PROPERTY_NAMES = frozenset(
    {
        "education",
        "examples",
        "experience",
        "job_training",
        "svp_range",
        "title",
        "value",
    }
)


@_attrs_define
class InterestProfilerJobZone:
    """One of the five Job Zones (levels of job preparation). value is the v1.9 field name; v2 may call it code (as
    job_zone.code elsewhere); unconfirmed.

    """

    education: str | Unset = UNSET
    """ Education typically needed. """
    examples: str | Unset = UNSET
    """ Example careers in this zone. """
    experience: str | Unset = UNSET
    """ Experience typically needed. """
    job_training: str | Unset = UNSET
    """ Training typically needed. """
    svp_range: str | Unset = UNSET
    """ Specific Vocational Preparation range, e.g. (Below 4.0). """
    title: str | Unset = UNSET
    """ Job Zone title, e.g. Job Zone One: Little or No Preparation Needed. Assumed: no real body or documentation
    shows this field is always sent. """
    value: CareerJobZoneCode | Unset = UNSET
    """ Job Zone number: 1 (little or no preparation) to 5 (extensive preparation). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education = self.education

        examples = self.examples

        experience = self.experience

        job_training = self.job_training

        svp_range = self.svp_range

        title = self.title

        value: int | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if education is not UNSET:
            field_dict["education"] = education
        if examples is not UNSET:
            field_dict["examples"] = examples
        if experience is not UNSET:
            field_dict["experience"] = experience
        if job_training is not UNSET:
            field_dict["job_training"] = job_training
        if svp_range is not UNSET:
            field_dict["svp_range"] = svp_range
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        education = src_dict.get("education", UNSET)

        examples = src_dict.get("examples", UNSET)

        experience = src_dict.get("experience", UNSET)

        job_training = src_dict.get("job_training", UNSET)

        svp_range = src_dict.get("svp_range", UNSET)

        title = src_dict.get("title", UNSET)

        _value = src_dict.get("value", UNSET)
        value: CareerJobZoneCode | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = check_career_job_zone_code(_value)

        interest_profiler_job_zone = cls(
            education=education,
            examples=examples,
            experience=experience,
            job_training=job_training,
            svp_range=svp_range,
            title=title,
            value=value,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return interest_profiler_job_zone  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        interest_profiler_job_zone.additional_properties = d
        return interest_profiler_job_zone

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
