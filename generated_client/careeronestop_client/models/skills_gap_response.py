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
    """Skills gap between a current and a target occupation. A recorded live body had exactly the 19 keys below other than
    MetaData, so they are required; MetaData comes only with enableMetaData=true.

    """

    occupation_skills_gap_list: list[SkillsGapItem] | None
    """ Items the target needs at a higher level. Null when there are none. """
    occupation_skills_match_list: list[SkillsMatchItem] | None
    """ Items both occupations share. """
    current_occupation_title: str
    target_occupation_title: str
    current_occupation_code: str
    """ 8-digit code. """
    target_occupation_code: str
    """ 8-digit code. """
    current_occupation_wage: str
    """ Formatted wage such as `$73,300`, or `Not Available`. """
    target_occupation_wage: str
    """ Formatted wage. """
    current_education_title: str
    target_education_title: str
    current_experience_title: str
    target_experience_title: str
    current_training_title: str
    target_training_title: str
    current_licenses: int
    """ Number of licenses for the occupation in the location. """
    target_licenses: int
    current_certificates: int
    """ Number of certifications. """
    target_certificates: int
    location_state: str
    """ Resolved state or `US`. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupation_skills_gap_list: list[dict[str, Any]] | None
        if isinstance(self.occupation_skills_gap_list, list):
            occupation_skills_gap_list = []
            for occupation_skills_gap_list_type_0_item_data in self.occupation_skills_gap_list:
                occupation_skills_gap_list_type_0_item = occupation_skills_gap_list_type_0_item_data.to_dict()
                occupation_skills_gap_list.append(occupation_skills_gap_list_type_0_item)

        else:
            occupation_skills_gap_list = self.occupation_skills_gap_list

        occupation_skills_match_list: list[dict[str, Any]] | None
        if isinstance(self.occupation_skills_match_list, list):
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
        field_dict.update(
            {
                "OccupationSkillsGapList": occupation_skills_gap_list,
                "OccupationSkillsMatchList": occupation_skills_match_list,
                "CurrentOccupationTitle": current_occupation_title,
                "TargetOccupationTitle": target_occupation_title,
                "CurrentOccupationCode": current_occupation_code,
                "TargetOccupationCode": target_occupation_code,
                "CurrentOccupationWage": current_occupation_wage,
                "TargetOccupationWage": target_occupation_wage,
                "CurrentEducationTitle": current_education_title,
                "TargetEducationTitle": target_education_title,
                "CurrentExperienceTitle": current_experience_title,
                "TargetExperienceTitle": target_experience_title,
                "CurrentTrainingTitle": current_training_title,
                "TargetTrainingTitle": target_training_title,
                "CurrentLicenses": current_licenses,
                "TargetLicenses": target_licenses,
                "CurrentCertificates": current_certificates,
                "TargetCertificates": target_certificates,
                "LocationState": location_state,
            }
        )
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_occupation_skills_gap_list(data: object) -> list[SkillsGapItem] | None:
            if data is None:
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
            return cast(list[SkillsGapItem] | None, data)

        occupation_skills_gap_list = _parse_occupation_skills_gap_list(src_dict["OccupationSkillsGapList"])

        def _parse_occupation_skills_match_list(data: object) -> list[SkillsMatchItem] | None:
            if data is None:
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
            return cast(list[SkillsMatchItem] | None, data)

        occupation_skills_match_list = _parse_occupation_skills_match_list(src_dict["OccupationSkillsMatchList"])

        current_occupation_title = src_dict["CurrentOccupationTitle"]

        target_occupation_title = src_dict["TargetOccupationTitle"]

        current_occupation_code = src_dict["CurrentOccupationCode"]

        target_occupation_code = src_dict["TargetOccupationCode"]

        current_occupation_wage = src_dict["CurrentOccupationWage"]

        target_occupation_wage = src_dict["TargetOccupationWage"]

        current_education_title = src_dict["CurrentEducationTitle"]

        target_education_title = src_dict["TargetEducationTitle"]

        current_experience_title = src_dict["CurrentExperienceTitle"]

        target_experience_title = src_dict["TargetExperienceTitle"]

        current_training_title = src_dict["CurrentTrainingTitle"]

        target_training_title = src_dict["TargetTrainingTitle"]

        current_licenses = src_dict["CurrentLicenses"]

        target_licenses = src_dict["TargetLicenses"]

        current_certificates = src_dict["CurrentCertificates"]

        target_certificates = src_dict["TargetCertificates"]

        location_state = src_dict["LocationState"]

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

        if len(src_dict) == 19 or _PROPERTY_NAMES.issuperset(src_dict):
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
