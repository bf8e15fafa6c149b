from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_job_zone_code import ReportJobZoneCode, check_report_job_zone_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportJobZone")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "education",
        "job_training",
        "job_zone_examples",
        "related_experience",
        "svp_range",
        "title",
    }
)


@_attrs_define
class ReportJobZone:
    """Job Zone (preparation level) of the occupation. A v2 client tolerates any text field being null or missing; the
    captured body had all of them.

    """

    code: ReportJobZoneCode
    """ Job Zone number (1-5). """
    education: str
    """ Typical education for the zone. """
    job_training: str
    """ Typical on-the-job training. """
    job_zone_examples: str
    """ Example occupations in the zone. """
    related_experience: str
    """ Typical related experience. """
    svp_range: str
    """ Specific Vocational Preparation range, e.g. (7.0 to < 8.0). """
    title: str
    """ Zone title, e.g. Job Zone Four: Considerable Preparation Needed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int = self.code

        education = self.education

        job_training = self.job_training

        job_zone_examples = self.job_zone_examples

        related_experience = self.related_experience

        svp_range = self.svp_range

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "education": education,
                "job_training": job_training,
                "job_zone_examples": job_zone_examples,
                "related_experience": related_experience,
                "svp_range": svp_range,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = check_report_job_zone_code(src_dict["code"])

        education = src_dict["education"]

        job_training = src_dict["job_training"]

        job_zone_examples = src_dict["job_zone_examples"]

        related_experience = src_dict["related_experience"]

        svp_range = src_dict["svp_range"]

        title = src_dict["title"]

        report_job_zone = cls(
            code=code,
            education=education,
            job_training=job_training,
            job_zone_examples=job_zone_examples,
            related_experience=related_experience,
            svp_range=svp_range,
            title=title,
        )

        if len(src_dict) == 7 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_job_zone  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_job_zone.additional_properties = d
        return report_job_zone

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
