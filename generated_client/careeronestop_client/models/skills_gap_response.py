from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsGapResponse")
_PROPERTY_NAMES = frozenset(
    {
        "OccupationSkillsGapList",
        "OccupationSkillsMatchList",
        "CurrentOccupationTitle",
        "TargetOccupationTitle",
        "CurrentOccupationCode",
        "TargetOccupationCode",
        "CurrentOccupationWage",
        "TargetOccupationWage",
        "CurrentEducationTitle",
        "TargetEducationTitle",
        "CurrentExperienceTitle",
        "TargetExperienceTitle",
        "CurrentTrainingTitle",
        "TargetTrainingTitle",
        "CurrentLicenses",
        "TargetLicenses",
        "CurrentCertificates",
        "TargetCertificates",
        "LocationState",
        "MetaData",
    }
)


@_attrs_define
class SkillsGapResponse:
    """Skills gap between a current and a target occupation."""

    occupation_skills_gap_list: list[SkillsGapItem] | None | Unset = UNSET
    """ Items the target needs at a higher level. Null when there are none. """
    occupation_skills_match_list: list[SkillsMatchItem] | None | Unset = UNSET
    """ Items both occupations share. """
    current_occupation_title: str | Unset = UNSET
    target_occupation_title: str | Unset = UNSET
    current_occupation_code: str | Unset = UNSET
    """ 8-digit code. """
    target_occupation_code: str | Unset = UNSET
    """ 8-digit code. """
    current_occupation_wage: str | Unset = UNSET
    """ Formatted wage such as `$73,300`, or `Not Available`. """
    target_occupation_wage: str | Unset = UNSET
    """ Formatted wage. """
    current_education_title: str | Unset = UNSET
    target_education_title: str | Unset = UNSET
    current_experience_title: str | Unset = UNSET
    target_experience_title: str | Unset = UNSET
    current_training_title: str | Unset = UNSET
    target_training_title: str | Unset = UNSET
    current_licenses: int | Unset = UNSET
    """ Number of licenses for the occupation in the location. """
    target_licenses: int | Unset = UNSET
    current_certificates: int | Unset = UNSET
    """ Number of certifications. """
    target_certificates: int | Unset = UNSET
    location_state: str | Unset = UNSET
    """ Resolved state or `US`. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupation_skills_gap_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.occupation_skills_gap_list, Unset):
            occupation_skills_gap_list = UNSET
        elif isinstance(self.occupation_skills_gap_list, list):
            occupation_skills_gap_list = []
            for occupation_skills_gap_list_type_0_item_data in self.occupation_skills_gap_list:
                occupation_skills_gap_list_type_0_item = occupation_skills_gap_list_type_0_item_data.to_dict()
                occupation_skills_gap_list.append(occupation_skills_gap_list_type_0_item)

        else:
            occupation_skills_gap_list = self.occupation_skills_gap_list

        occupation_skills_match_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.occupation_skills_match_list, Unset):
            occupation_skills_match_list = UNSET
        elif isinstance(self.occupation_skills_match_list, list):
            occupation_skills_match_list = []
            for occupation_skills_match_list_type_0_item_data in self.occupation_skills_match_list:
                occupation_skills_match_list_type_0_item = occupation_skills_match_list_type_0_item_data.to_dict()
                occupation_skills_match_list.append(occupation_skills_match_list_type_0_item)

        else:
            occupation_skills_match_list = self.occupation_skills_match_list

        current_occupation_title = self.current_occupation_title

        target_occupation_title = self.target_occupation_title

        current_occupation_code = self.current_occupation_code

        target_occupation_code = self.target_occupation_code

        current_occupation_wage = self.current_occupation_wage

        target_occupation_wage = self.target_occupation_wage

        current_education_title = self.current_education_title

        target_education_title = self.target_education_title

        current_experience_title = self.current_experience_title

        target_experience_title = self.target_experience_title

        current_training_title = self.current_training_title

        target_training_title = self.target_training_title

        current_licenses = self.current_licenses

        target_licenses = self.target_licenses

        current_certificates = self.current_certificates

        target_certificates = self.target_certificates

        location_state = self.location_state

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ResponseMetadata):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occupation_skills_gap_list is not UNSET:
            field_dict["OccupationSkillsGapList"] = occupation_skills_gap_list
        if occupation_skills_match_list is not UNSET:
            field_dict["OccupationSkillsMatchList"] = occupation_skills_match_list
        if current_occupation_title is not UNSET:
            field_dict["CurrentOccupationTitle"] = current_occupation_title
        if target_occupation_title is not UNSET:
            field_dict["TargetOccupationTitle"] = target_occupation_title
        if current_occupation_code is not UNSET:
            field_dict["CurrentOccupationCode"] = current_occupation_code
        if target_occupation_code is not UNSET:
            field_dict["TargetOccupationCode"] = target_occupation_code
        if current_occupation_wage is not UNSET:
            field_dict["CurrentOccupationWage"] = current_occupation_wage
        if target_occupation_wage is not UNSET:
            field_dict["TargetOccupationWage"] = target_occupation_wage
        if current_education_title is not UNSET:
            field_dict["CurrentEducationTitle"] = current_education_title
        if target_education_title is not UNSET:
            field_dict["TargetEducationTitle"] = target_education_title
        if current_experience_title is not UNSET:
            field_dict["CurrentExperienceTitle"] = current_experience_title
        if target_experience_title is not UNSET:
            field_dict["TargetExperienceTitle"] = target_experience_title
        if current_training_title is not UNSET:
            field_dict["CurrentTrainingTitle"] = current_training_title
        if target_training_title is not UNSET:
            field_dict["TargetTrainingTitle"] = target_training_title
        if current_licenses is not UNSET:
            field_dict["CurrentLicenses"] = current_licenses
        if target_licenses is not UNSET:
            field_dict["TargetLicenses"] = target_licenses
        if current_certificates is not UNSET:
            field_dict["CurrentCertificates"] = current_certificates
        if target_certificates is not UNSET:
            field_dict["TargetCertificates"] = target_certificates
        if location_state is not UNSET:
            field_dict["LocationState"] = location_state
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_occupation_skills_gap_list(data: object) -> list[SkillsGapItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                occupation_skills_gap_list_type_0 = []
                _occupation_skills_gap_list_type_0 = data
                for occupation_skills_gap_list_type_0_item_data in _occupation_skills_gap_list_type_0:
                    occupation_skills_gap_list_type_0_item = SkillsGapItem.from_dict(
                        occupation_skills_gap_list_type_0_item_data
                    )

                    occupation_skills_gap_list_type_0.append(occupation_skills_gap_list_type_0_item)

                return occupation_skills_gap_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillsGapItem] | None | Unset, data)

        occupation_skills_gap_list = _parse_occupation_skills_gap_list(src_dict.get("OccupationSkillsGapList", UNSET))

        def _parse_occupation_skills_match_list(data: object) -> list[SkillsMatchItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                occupation_skills_match_list_type_0 = []
                _occupation_skills_match_list_type_0 = data
                for occupation_skills_match_list_type_0_item_data in _occupation_skills_match_list_type_0:
                    occupation_skills_match_list_type_0_item = SkillsMatchItem.from_dict(
                        occupation_skills_match_list_type_0_item_data
                    )

                    occupation_skills_match_list_type_0.append(occupation_skills_match_list_type_0_item)

                return occupation_skills_match_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillsMatchItem] | None | Unset, data)

        occupation_skills_match_list = _parse_occupation_skills_match_list(
            src_dict.get("OccupationSkillsMatchList", UNSET)
        )

        current_occupation_title = src_dict.get("CurrentOccupationTitle", UNSET)

        target_occupation_title = src_dict.get("TargetOccupationTitle", UNSET)

        current_occupation_code = src_dict.get("CurrentOccupationCode", UNSET)

        target_occupation_code = src_dict.get("TargetOccupationCode", UNSET)

        current_occupation_wage = src_dict.get("CurrentOccupationWage", UNSET)

        target_occupation_wage = src_dict.get("TargetOccupationWage", UNSET)

        current_education_title = src_dict.get("CurrentEducationTitle", UNSET)

        target_education_title = src_dict.get("TargetEducationTitle", UNSET)

        current_experience_title = src_dict.get("CurrentExperienceTitle", UNSET)

        target_experience_title = src_dict.get("TargetExperienceTitle", UNSET)

        current_training_title = src_dict.get("CurrentTrainingTitle", UNSET)

        target_training_title = src_dict.get("TargetTrainingTitle", UNSET)

        current_licenses = src_dict.get("CurrentLicenses", UNSET)

        target_licenses = src_dict.get("TargetLicenses", UNSET)

        current_certificates = src_dict.get("CurrentCertificates", UNSET)

        target_certificates = src_dict.get("TargetCertificates", UNSET)

        location_state = src_dict.get("LocationState", UNSET)

        def _parse_meta_data(data: object) -> None | ResponseMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_data_type_0 = ResponseMetadata.from_dict(data)

                return meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMetadata | Unset, data)

        meta_data = _parse_meta_data(src_dict.get("MetaData", UNSET))

        skills_gap_response = cls(
            occupation_skills_gap_list=occupation_skills_gap_list,
            occupation_skills_match_list=occupation_skills_match_list,
            current_occupation_title=current_occupation_title,
            target_occupation_title=target_occupation_title,
            current_occupation_code=current_occupation_code,
            target_occupation_code=target_occupation_code,
            current_occupation_wage=current_occupation_wage,
            target_occupation_wage=target_occupation_wage,
            current_education_title=current_education_title,
            target_education_title=target_education_title,
            current_experience_title=current_experience_title,
            target_experience_title=target_experience_title,
            current_training_title=current_training_title,
            target_training_title=target_training_title,
            current_licenses=current_licenses,
            target_licenses=target_licenses,
            current_certificates=current_certificates,
            target_certificates=target_certificates,
            location_state=location_state,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_gap_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_gap_response.additional_properties = d
        return skills_gap_response

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
from ..models.response_metadata import ResponseMetadata  # noqa: E402
from ..models.skills_gap_item import SkillsGapItem  # noqa: E402
from ..models.skills_match_item import SkillsMatchItem  # noqa: E402
