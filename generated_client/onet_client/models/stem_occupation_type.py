from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StemOccupationType")
_PROPERTY_NAMES = frozenset(
    {
        "href",
        "title",
        "code",
        "job_family",
    }
)


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
        href = src_dict["href"]

        title = src_dict["title"]

        code = src_dict.get("code", UNSET)

        _job_family = src_dict.get("job_family", UNSET)
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

        if len(src_dict) == 2 or _PROPERTY_NAMES.issuperset(src_dict):
            return stem_occupation_type  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
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


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.stem_job_family_link import StemJobFamilyLink  # noqa: E402
