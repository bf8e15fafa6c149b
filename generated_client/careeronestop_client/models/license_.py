from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="License")
_PROPERTY_NAMES = frozenset(
    {
        "ID",
        "Title",
        "Description",
        "State",
        "ActiveStatusDesc",
        "CertificationIndDesc",
        "ContinuingEDUIndDesc",
        "CriminalIndDesc",
        "EducationIndDesc",
        "LicExamIndDesc",
        "ExperienceIndDesc",
        "VeteransIndDesc",
        "Agency",
    }
)


@_attrs_define
class License:
    """An occupational license. The fields are unverified, taken from a third-party summary of the API Explorer."""

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    state: str | Unset = UNSET
    active_status_desc: str | Unset = UNSET
    certification_ind_desc: str | Unset = UNSET
    continuing_edu_ind_desc: str | Unset = UNSET
    criminal_ind_desc: str | Unset = UNSET
    education_ind_desc: str | Unset = UNSET
    lic_exam_ind_desc: str | Unset = UNSET
    experience_ind_desc: str | Unset = UNSET
    veterans_ind_desc: str | Unset = UNSET
    agency: LicensingAgency | Unset = UNSET
    """ Agency that issues the license. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        state = self.state

        active_status_desc = self.active_status_desc

        certification_ind_desc = self.certification_ind_desc

        continuing_edu_ind_desc = self.continuing_edu_ind_desc

        criminal_ind_desc = self.criminal_ind_desc

        education_ind_desc = self.education_ind_desc

        lic_exam_ind_desc = self.lic_exam_ind_desc

        experience_ind_desc = self.experience_ind_desc

        veterans_ind_desc = self.veterans_ind_desc

        agency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agency, Unset):
            agency = self.agency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if state is not UNSET:
            field_dict["State"] = state
        if active_status_desc is not UNSET:
            field_dict["ActiveStatusDesc"] = active_status_desc
        if certification_ind_desc is not UNSET:
            field_dict["CertificationIndDesc"] = certification_ind_desc
        if continuing_edu_ind_desc is not UNSET:
            field_dict["ContinuingEDUIndDesc"] = continuing_edu_ind_desc
        if criminal_ind_desc is not UNSET:
            field_dict["CriminalIndDesc"] = criminal_ind_desc
        if education_ind_desc is not UNSET:
            field_dict["EducationIndDesc"] = education_ind_desc
        if lic_exam_ind_desc is not UNSET:
            field_dict["LicExamIndDesc"] = lic_exam_ind_desc
        if experience_ind_desc is not UNSET:
            field_dict["ExperienceIndDesc"] = experience_ind_desc
        if veterans_ind_desc is not UNSET:
            field_dict["VeteransIndDesc"] = veterans_ind_desc
        if agency is not UNSET:
            field_dict["Agency"] = agency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("ID", UNSET)

        title = src_dict.get("Title", UNSET)

        description = src_dict.get("Description", UNSET)

        state = src_dict.get("State", UNSET)

        active_status_desc = src_dict.get("ActiveStatusDesc", UNSET)

        certification_ind_desc = src_dict.get("CertificationIndDesc", UNSET)

        continuing_edu_ind_desc = src_dict.get("ContinuingEDUIndDesc", UNSET)

        criminal_ind_desc = src_dict.get("CriminalIndDesc", UNSET)

        education_ind_desc = src_dict.get("EducationIndDesc", UNSET)

        lic_exam_ind_desc = src_dict.get("LicExamIndDesc", UNSET)

        experience_ind_desc = src_dict.get("ExperienceIndDesc", UNSET)

        veterans_ind_desc = src_dict.get("VeteransIndDesc", UNSET)

        _agency = src_dict.get("Agency", UNSET)
        agency: LicensingAgency | Unset
        if isinstance(_agency, Unset):
            agency = UNSET
        else:
            agency = LicensingAgency.from_dict(_agency)

        license_ = cls(
            id=id,
            title=title,
            description=description,
            state=state,
            active_status_desc=active_status_desc,
            certification_ind_desc=certification_ind_desc,
            continuing_edu_ind_desc=continuing_edu_ind_desc,
            criminal_ind_desc=criminal_ind_desc,
            education_ind_desc=education_ind_desc,
            lic_exam_ind_desc=lic_exam_ind_desc,
            experience_ind_desc=experience_ind_desc,
            veterans_ind_desc=veterans_ind_desc,
            agency=agency,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return license_  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        license_.additional_properties = d
        return license_

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
from ..models.licensing_agency import LicensingAgency  # noqa: E402
