from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stem_job_family_link import StemJobFamilyLink


T = TypeVar("T", bound="StemOccupationType")


@_attrs_define
class StemOccupationType:
    """A STEM occupation type (SOC 2018 Attachment C)."""

    href: str
    """ Link to the Occupations in type service. """
    title: str
    code: int | Unset = UNSET
    """ Type code 1-5; marked optional in the manual. """
    job_family: list[StemJobFamilyLink] | Unset = UNSET
    """ Job Families represented in this type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stem_job_family_link import StemJobFamilyLink  # noqa: PLC0415

        href = self.href

        title = self.title

        code = self.code

        job_family: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_family, Unset):
            job_family = []
            for job_family_item_data in self.job_family:
                job_family_item = job_family_item_data.to_dict()
                job_family.append(job_family_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "title": title,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if job_family is not UNSET:
            field_dict["job_family"] = job_family

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stem_job_family_link import StemJobFamilyLink  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href")

        title = d.pop("title")

        code = d.pop("code", UNSET)

        _job_family = d.pop("job_family", UNSET)
        job_family: list[StemJobFamilyLink] | Unset = UNSET
        if _job_family is not UNSET:
            job_family = []
            for job_family_item_data in _job_family:
                job_family_item = StemJobFamilyLink.from_dict(job_family_item_data)

                job_family.append(job_family_item)

        stem_occupation_type = cls(
            href=href,
            title=title,
            code=code,
            job_family=job_family,
        )

        stem_occupation_type.additional_properties = d
        return stem_occupation_type

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
