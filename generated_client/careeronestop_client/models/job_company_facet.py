from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobCompanyFacet")
_PROPERTY_NAMES = frozenset(
    {
        "CompanyName",
        "JobCount",
        "CompanyId",
    }
)


@_attrs_define
class JobCompanyFacet:
    """Number of postings from one employer."""

    company_name: str | Unset = UNSET
    job_count: str | Unset = UNSET
    """ Numeric string. """
    company_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        job_count = self.job_count

        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET:
            field_dict["CompanyName"] = company_name
        if job_count is not UNSET:
            field_dict["JobCount"] = job_count
        if company_id is not UNSET:
            field_dict["CompanyId"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        company_name = src_dict.get("CompanyName", UNSET)

        job_count = src_dict.get("JobCount", UNSET)

        company_id = src_dict.get("CompanyId", UNSET)

        job_company_facet = cls(
            company_name=company_name,
            job_count=job_count,
            company_id=company_id,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_company_facet  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_company_facet.additional_properties = d
        return job_company_facet

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
