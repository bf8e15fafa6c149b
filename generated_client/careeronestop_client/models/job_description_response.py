from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDescriptionResponse")
_PROPERTY_NAMES = frozenset(
    {
        "Purpose",
        "Task",
        "Activity",
        "SkillsList",
        "Education",
        "MetaData",
    }
)


@_attrs_define
class JobDescriptionResponse:
    """Job Description Writer sections. Only the keys that clients read are listed."""

    purpose: JobDescriptionPurpose | Unset = UNSET
    """ Occupation identity and summary. """
    task: str | Unset = UNSET
    """ Task section as an HTML fragment. """
    activity: str | Unset = UNSET
    """ Work-activity section (HTML or text). """
    skills_list: list[JobDescriptionSkill] | Unset = UNSET
    education: JobDescriptionEducation | Unset = UNSET
    """ Education section. Only the Certifications key has been seen, and its shape is unknown. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.to_dict()

        task = self.task

        activity = self.activity

        skills_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills_list, Unset):
            skills_list = []
            for skills_list_item_data in self.skills_list:
                skills_list_item = skills_list_item_data.to_dict()
                skills_list.append(skills_list_item)

        education: dict[str, Any] | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = self.education.to_dict()

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
        if purpose is not UNSET:
            field_dict["Purpose"] = purpose
        if task is not UNSET:
            field_dict["Task"] = task
        if activity is not UNSET:
            field_dict["Activity"] = activity
        if skills_list is not UNSET:
            field_dict["SkillsList"] = skills_list
        if education is not UNSET:
            field_dict["Education"] = education
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _purpose = src_dict.get("Purpose", UNSET)
        purpose: JobDescriptionPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = JobDescriptionPurpose.from_dict(_purpose)

        task = src_dict.get("Task", UNSET)

        activity = src_dict.get("Activity", UNSET)

        _skills_list = src_dict.get("SkillsList", UNSET)
        skills_list: list[JobDescriptionSkill] | Unset = UNSET
        if _skills_list is not UNSET:
            skills_list = []
            for skills_list_item_data in _skills_list:
                skills_list_item = JobDescriptionSkill.from_dict(skills_list_item_data)

                skills_list.append(skills_list_item)

        _education = src_dict.get("Education", UNSET)
        education: JobDescriptionEducation | Unset
        if isinstance(_education, Unset):
            education = UNSET
        else:
            education = JobDescriptionEducation.from_dict(_education)

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

        job_description_response = cls(
            purpose=purpose,
            task=task,
            activity=activity,
            skills_list=skills_list,
            education=education,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return job_description_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        job_description_response.additional_properties = d
        return job_description_response

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
from ..models.job_description_education import JobDescriptionEducation  # noqa: E402
from ..models.job_description_purpose import JobDescriptionPurpose  # noqa: E402
from ..models.job_description_skill import JobDescriptionSkill  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402
