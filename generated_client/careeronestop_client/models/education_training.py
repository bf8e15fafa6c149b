from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EducationTraining")
_PROPERTY_NAMES = frozenset(
    {
        "EducationType",
        "EducationCode",
        "EducationTitle",
        "ExperienceCode",
        "ExperienceTitle",
        "TrainingCode",
        "TrainingTitle",
        "OccupationTitle",
        "MatOccupation",
    }
)


@_attrs_define
class EducationTraining:
    """Education and training facts from BLS Employment Projections for the SOC-level occupation."""

    education_type: list[EducationAttainmentShare] | Unset = UNSET
    """ How current workers aged 25+ are distributed across education levels. The percentages sum to about 100. """
    education_code: str | Unset = UNSET
    """ Typical entry education code: 1 doctoral/professional, 2 master's, 3 bachelor's, 4 associate's, 5
    postsecondary non-degree, 6 some college, 7 high school, 9 none. """
    education_title: str | Unset = UNSET
    """ Label for EducationCode. """
    experience_code: str | Unset = UNSET
    """ Related work experience: 1 five years or more, 2 less than five years, 3 none. """
    experience_title: str | Unset = UNSET
    """ Label for ExperienceCode. """
    training_code: str | Unset = UNSET
    """ Typical on-the-job training: 1 internship/residency, 2 apprenticeship, 3 long-term, 4 moderate-term, 5
    short-term, 6 none. """
    training_title: str | Unset = UNSET
    """ Label for TrainingCode. """
    occupation_title: str | Unset = UNSET
    """ Title in the EP matrix. """
    mat_occupation: MatrixOccupation | Unset = UNSET
    """ The EP-matrix occupation that the education figures describe. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.education_type, Unset):
            education_type = []
            for education_type_item_data in self.education_type:
                education_type_item = education_type_item_data.to_dict()
                education_type.append(education_type_item)

        education_code = self.education_code

        education_title = self.education_title

        experience_code = self.experience_code

        experience_title = self.experience_title

        training_code = self.training_code

        training_title = self.training_title

        occupation_title = self.occupation_title

        mat_occupation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mat_occupation, Unset):
            mat_occupation = self.mat_occupation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if education_type is not UNSET:
            field_dict["EducationType"] = education_type
        if education_code is not UNSET:
            field_dict["EducationCode"] = education_code
        if education_title is not UNSET:
            field_dict["EducationTitle"] = education_title
        if experience_code is not UNSET:
            field_dict["ExperienceCode"] = experience_code
        if experience_title is not UNSET:
            field_dict["ExperienceTitle"] = experience_title
        if training_code is not UNSET:
            field_dict["TrainingCode"] = training_code
        if training_title is not UNSET:
            field_dict["TrainingTitle"] = training_title
        if occupation_title is not UNSET:
            field_dict["OccupationTitle"] = occupation_title
        if mat_occupation is not UNSET:
            field_dict["MatOccupation"] = mat_occupation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _education_type = src_dict.get("EducationType", UNSET)
        education_type: list[EducationAttainmentShare] | Unset = UNSET
        if _education_type is not UNSET:
            education_type = []
            for education_type_item_data in _education_type:
                education_type_item = EducationAttainmentShare.from_dict(education_type_item_data)

                education_type.append(education_type_item)

        education_code = src_dict.get("EducationCode", UNSET)

        education_title = src_dict.get("EducationTitle", UNSET)

        experience_code = src_dict.get("ExperienceCode", UNSET)

        experience_title = src_dict.get("ExperienceTitle", UNSET)

        training_code = src_dict.get("TrainingCode", UNSET)

        training_title = src_dict.get("TrainingTitle", UNSET)

        occupation_title = src_dict.get("OccupationTitle", UNSET)

        _mat_occupation = src_dict.get("MatOccupation", UNSET)
        mat_occupation: MatrixOccupation | Unset
        if isinstance(_mat_occupation, Unset):
            mat_occupation = UNSET
        else:
            mat_occupation = MatrixOccupation.from_dict(_mat_occupation)

        education_training = cls(
            education_type=education_type,
            education_code=education_code,
            education_title=education_title,
            experience_code=experience_code,
            experience_title=experience_title,
            training_code=training_code,
            training_title=training_title,
            occupation_title=occupation_title,
            mat_occupation=mat_occupation,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return education_training  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        education_training.additional_properties = d
        return education_training

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
from ..models.education_attainment_share import EducationAttainmentShare  # noqa: E402
from ..models.matrix_occupation import MatrixOccupation  # noqa: E402
