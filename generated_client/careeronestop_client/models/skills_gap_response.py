from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsGapResponse")
_new = object.__new__  # a model is built field by field, without an __init__ call
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
    meta_data: None | ResponseMetadata = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "occupation_skills_gap_list": "OccupationSkillsGapList",
        "occupation_skills_match_list": "OccupationSkillsMatchList",
        "current_occupation_title": "CurrentOccupationTitle",
        "target_occupation_title": "TargetOccupationTitle",
        "current_occupation_code": "CurrentOccupationCode",
        "target_occupation_code": "TargetOccupationCode",
        "current_occupation_wage": "CurrentOccupationWage",
        "target_occupation_wage": "TargetOccupationWage",
        "current_education_title": "CurrentEducationTitle",
        "target_education_title": "TargetEducationTitle",
        "current_experience_title": "CurrentExperienceTitle",
        "target_experience_title": "TargetExperienceTitle",
        "current_training_title": "CurrentTrainingTitle",
        "target_training_title": "TargetTrainingTitle",
        "current_licenses": "CurrentLicenses",
        "target_licenses": "TargetLicenses",
        "current_certificates": "CurrentCertificates",
        "target_certificates": "TargetCertificates",
        "location_state": "LocationState",
        "meta_data": "MetaData",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "occupation_skills_gap_list",
            "occupation_skills_match_list",
            "meta_data",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["OccupationSkillsGapList"] = _dump(self.occupation_skills_gap_list)
        field_dict["OccupationSkillsMatchList"] = _dump(self.occupation_skills_match_list)
        field_dict["CurrentOccupationTitle"] = self.current_occupation_title
        field_dict["TargetOccupationTitle"] = self.target_occupation_title
        field_dict["CurrentOccupationCode"] = self.current_occupation_code
        field_dict["TargetOccupationCode"] = self.target_occupation_code
        field_dict["CurrentOccupationWage"] = self.current_occupation_wage
        field_dict["TargetOccupationWage"] = self.target_occupation_wage
        field_dict["CurrentEducationTitle"] = self.current_education_title
        field_dict["TargetEducationTitle"] = self.target_education_title
        field_dict["CurrentExperienceTitle"] = self.current_experience_title
        field_dict["TargetExperienceTitle"] = self.target_experience_title
        field_dict["CurrentTrainingTitle"] = self.current_training_title
        field_dict["TargetTrainingTitle"] = self.target_training_title
        field_dict["CurrentLicenses"] = self.current_licenses
        field_dict["TargetLicenses"] = self.target_licenses
        field_dict["CurrentCertificates"] = self.current_certificates
        field_dict["TargetCertificates"] = self.target_certificates
        field_dict["LocationState"] = self.location_state
        if self.meta_data is not None:
            field_dict["MetaData"] = _dump(self.meta_data)
        elif "meta_data" in self._sent_null:
            field_dict["MetaData"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        v = src_dict["OccupationSkillsGapList"]
        if isinstance(v, list):
            try:
                v = [_from_dict_SkillsGapItem(item0) for item0 in v]
            except (TypeError, ValueError, AttributeError, KeyError):
                if not (v is None):
                    _drifted()

        else:
            if not (v is None):
                _drifted()
        obj.occupation_skills_gap_list = v
        v = src_dict["OccupationSkillsMatchList"]
        if isinstance(v, list):
            try:
                v = [_from_dict_SkillsMatchItem(item0) for item0 in v]
            except (TypeError, ValueError, AttributeError, KeyError):
                if not (v is None):
                    _drifted()

        else:
            if not (v is None):
                _drifted()
        obj.occupation_skills_match_list = v
        v = src_dict["CurrentOccupationTitle"]
        if not type(v) is str:
            _drifted()
        obj.current_occupation_title = v
        v = src_dict["TargetOccupationTitle"]
        if not type(v) is str:
            _drifted()
        obj.target_occupation_title = v
        v = src_dict["CurrentOccupationCode"]
        if not type(v) is str:
            _drifted()
        obj.current_occupation_code = v
        v = src_dict["TargetOccupationCode"]
        if not type(v) is str:
            _drifted()
        obj.target_occupation_code = v
        v = src_dict["CurrentOccupationWage"]
        if not type(v) is str:
            _drifted()
        obj.current_occupation_wage = v
        v = src_dict["TargetOccupationWage"]
        if not type(v) is str:
            _drifted()
        obj.target_occupation_wage = v
        v = src_dict["CurrentEducationTitle"]
        if not type(v) is str:
            _drifted()
        obj.current_education_title = v
        v = src_dict["TargetEducationTitle"]
        if not type(v) is str:
            _drifted()
        obj.target_education_title = v
        v = src_dict["CurrentExperienceTitle"]
        if not type(v) is str:
            _drifted()
        obj.current_experience_title = v
        v = src_dict["TargetExperienceTitle"]
        if not type(v) is str:
            _drifted()
        obj.target_experience_title = v
        v = src_dict["CurrentTrainingTitle"]
        if not type(v) is str:
            _drifted()
        obj.current_training_title = v
        v = src_dict["TargetTrainingTitle"]
        if not type(v) is str:
            _drifted()
        obj.target_training_title = v
        v = src_dict["CurrentLicenses"]
        if not type(v) is int:
            _drifted()
        obj.current_licenses = v
        v = src_dict["TargetLicenses"]
        if not type(v) is int:
            _drifted()
        obj.target_licenses = v
        v = src_dict["CurrentCertificates"]
        if not type(v) is int:
            _drifted()
        obj.current_certificates = v
        v = src_dict["TargetCertificates"]
        if not type(v) is int:
            _drifted()
        obj.target_certificates = v
        v = src_dict["LocationState"]
        if not type(v) is str:
            _drifted()
        obj.location_state = v
        known = 19  # declared keys present (each optional one counts below)
        v = src_dict.get("MetaData")
        if v is None:
            if "MetaData" in src_dict:
                known += 1
                obj._sent_null += ("meta_data",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_ResponseMetadata(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.meta_data = v
        if len(src_dict) == known:
            return obj  # no additional properties: made on first read (_extras_on_first_use)
        _drifted()  # keys the spec does not name: the response checks report them
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        obj.additional_properties = d

        return obj

    def fields_sent(self) -> frozenset[str]:
        """Names of the fields the server sent, null included (absent and null optional fields both read None)."""
        return _fields_sent(self)

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

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_ResponseMetadata = ResponseMetadata.from_dict
_from_dict_SkillsGapItem = SkillsGapItem.from_dict
_from_dict_SkillsMatchItem = SkillsMatchItem.from_dict
