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

T = TypeVar("T", bound="OccupationDetail")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "COSVideoURL",
        "OnetTitle",
        "OnetCode",
        "OnetDescription",
        "Wages",
        "BrightOutlook",
        "BrightOutlookCategory",
        "Green",
        "EducationTraining",
        "Tasks",
        "Dwas",
        "AlternateTitles",
        "StFips",
        "Location",
        "Video",
        "InterestDataList",
        "SkillsDataList",
        "KnowledgeDataList",
        "AbilityDataList",
        "SocInfo",
        "Projections",
        "OOHs",
        "StateResourcesLinks",
        "RelatedOnetTitles",
        "TrainingPrograms",
        "ToolsAndTechOccupationDetails",
        "WorkValuesOccupationDetails",
    }
)


@_attrs_define
class OccupationDetail:
    """One occupation profile. The sections switched on by query flags are optional and may also be null. COSVideoURL was
    present in every one of 670 measured profiles.

    """

    cos_video_url: str
    """ CareerOneStop video page URL. Always present (measured). """
    onet_title: str | None = None
    """ O*NET title. """
    onet_code: str | None = None
    """ Dotted O*NET-SOC code. """
    onet_description: str | None = None
    """ O*NET definition. """
    wages: None | OccupationWages = None
    """ OEWS wages (flag `wages`). """
    bright_outlook: None | str = None
    """ O*NET Bright Outlook flag text, for example `Bright`. """
    bright_outlook_category: None | str = None
    """ Reasons, for example `Rapid Growth; Numerous Job Openings`. """
    green: None | str = None
    """ Legacy green-economy flag that is no longer maintained; it was never "Y" in 670 measured profiles. """
    education_training: EducationTraining | None = None
    """ BLS Employment Projections education and training data at SOC level (flag `training`). """
    tasks: list[OccupationTask] | None = None
    """ O*NET task statements, in no particular order (flag `tasks`). The same TaskId can appear twice with the same
    rating (measured), so deduplicate if you need a set. """
    dwas: list[DetailedWorkActivity] | None = None
    """ Detailed work activities (flag `dwas`). The documentation spells the key DWAs. """
    alternate_titles: list[str] | None = None
    """ Common alternate job titles, at most 10 (flag `alternateOnetTitles`; measured). """
    st_fips: str | None = None
    """ State FIPS code of the requested location. """
    location: str | None = None
    """ The requested location, echoed or normalized. """
    video: list[CareerVideo] | None = None
    """ Best-matching career videos (flag `videos`). """
    interest_data_list: list[OnetElementScore] | None = None
    """ RIASEC interest scores (flag `interest`). """
    skills_data_list: list[OnetElementScore] | None = None
    """ O*NET skill ratings (flag `skills`). """
    knowledge_data_list: list[OnetElementScore] | None = None
    """ O*NET knowledge ratings, about 33 rows (flag `knowledge`). """
    ability_data_list: list[OnetElementScore] | None = None
    """ O*NET ability ratings, about 52 rows (flag `ability`). The documentation types this as String, but it is an
    array. """
    soc_info: SocInfo | None = None
    """ A Standard Occupational Classification (SOC) or OEWS occupation. """
    projections: None | OccupationProjections = None
    """ Employment projections (flag `projectedEmployment`). """
    oo_hs: None | OutlookHandbookLink = None
    """ Link to the BLS Occupational Outlook Handbook (flag `ooh`). The only schema seen (copied from the API
    Explorer) has a single object, so that is what is declared; a list has been suspected but never seen. A list
    would reach you unparsed and be reported as drift. """
    state_resources_links: None | StateResourcesLinks = None
    """ State labor-market-information sites (flag `stateLMILinks`). """
    related_onet_titles: None | RelatedOnetTitles = None
    """ Related occupations as a map from O*NET code to title (flag `relatedOnetTitles`). The documentation shows
    Key/Value pairs, but live responses send a JSON object. """
    training_programs: list[str] | None = None
    """ CIP program titles (flag `trainingPrograms`). Null for every one of 670 measured occupations. """
    tools_and_tech_occupation_details: None | ToolsAndTechnology = None
    """ O*NET tools and technology (flag `toolsAndTechnology`). The key casing is not confirmed. """
    work_values_occupation_details: None | TopWorkValue = None
    """ The single top O*NET work value (flag `workValues`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "cos_video_url": "COSVideoURL",
        "onet_title": "OnetTitle",
        "onet_code": "OnetCode",
        "onet_description": "OnetDescription",
        "wages": "Wages",
        "bright_outlook": "BrightOutlook",
        "bright_outlook_category": "BrightOutlookCategory",
        "green": "Green",
        "education_training": "EducationTraining",
        "tasks": "Tasks",
        "dwas": "Dwas",
        "alternate_titles": "AlternateTitles",
        "st_fips": "StFips",
        "location": "Location",
        "video": "Video",
        "interest_data_list": "InterestDataList",
        "skills_data_list": "SkillsDataList",
        "knowledge_data_list": "KnowledgeDataList",
        "ability_data_list": "AbilityDataList",
        "soc_info": "SocInfo",
        "projections": "Projections",
        "oo_hs": "OOHs",
        "state_resources_links": "StateResourcesLinks",
        "related_onet_titles": "RelatedOnetTitles",
        "training_programs": "TrainingPrograms",
        "tools_and_tech_occupation_details": "ToolsAndTechOccupationDetails",
        "work_values_occupation_details": "WorkValuesOccupationDetails",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "wages",
            "bright_outlook",
            "bright_outlook_category",
            "green",
            "education_training",
            "tasks",
            "dwas",
            "alternate_titles",
            "video",
            "interest_data_list",
            "skills_data_list",
            "knowledge_data_list",
            "ability_data_list",
            "projections",
            "oo_hs",
            "state_resources_links",
            "related_onet_titles",
            "training_programs",
            "tools_and_tech_occupation_details",
            "work_values_occupation_details",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["COSVideoURL"] = self.cos_video_url
        if self.onet_title is not None:
            field_dict["OnetTitle"] = self.onet_title
        elif "onet_title" in self._sent_null:
            field_dict["OnetTitle"] = None
        if self.onet_code is not None:
            field_dict["OnetCode"] = self.onet_code
        elif "onet_code" in self._sent_null:
            field_dict["OnetCode"] = None
        if self.onet_description is not None:
            field_dict["OnetDescription"] = self.onet_description
        elif "onet_description" in self._sent_null:
            field_dict["OnetDescription"] = None
        if self.wages is not None:
            field_dict["Wages"] = _dump(self.wages)
        elif "wages" in self._sent_null:
            field_dict["Wages"] = None
        if self.bright_outlook is not None:
            field_dict["BrightOutlook"] = self.bright_outlook
        elif "bright_outlook" in self._sent_null:
            field_dict["BrightOutlook"] = None
        if self.bright_outlook_category is not None:
            field_dict["BrightOutlookCategory"] = self.bright_outlook_category
        elif "bright_outlook_category" in self._sent_null:
            field_dict["BrightOutlookCategory"] = None
        if self.green is not None:
            field_dict["Green"] = self.green
        elif "green" in self._sent_null:
            field_dict["Green"] = None
        if self.education_training is not None:
            field_dict["EducationTraining"] = _dump(self.education_training)
        elif "education_training" in self._sent_null:
            field_dict["EducationTraining"] = None
        if self.tasks is not None:
            field_dict["Tasks"] = _dump(self.tasks)
        elif "tasks" in self._sent_null:
            field_dict["Tasks"] = None
        if self.dwas is not None:
            field_dict["Dwas"] = _dump(self.dwas)
        elif "dwas" in self._sent_null:
            field_dict["Dwas"] = None
        if self.alternate_titles is not None:
            field_dict["AlternateTitles"] = self.alternate_titles
        elif "alternate_titles" in self._sent_null:
            field_dict["AlternateTitles"] = None
        if self.st_fips is not None:
            field_dict["StFips"] = self.st_fips
        elif "st_fips" in self._sent_null:
            field_dict["StFips"] = None
        if self.location is not None:
            field_dict["Location"] = self.location
        elif "location" in self._sent_null:
            field_dict["Location"] = None
        if self.video is not None:
            field_dict["Video"] = _dump(self.video)
        elif "video" in self._sent_null:
            field_dict["Video"] = None
        if self.interest_data_list is not None:
            field_dict["InterestDataList"] = _dump(self.interest_data_list)
        elif "interest_data_list" in self._sent_null:
            field_dict["InterestDataList"] = None
        if self.skills_data_list is not None:
            field_dict["SkillsDataList"] = _dump(self.skills_data_list)
        elif "skills_data_list" in self._sent_null:
            field_dict["SkillsDataList"] = None
        if self.knowledge_data_list is not None:
            field_dict["KnowledgeDataList"] = _dump(self.knowledge_data_list)
        elif "knowledge_data_list" in self._sent_null:
            field_dict["KnowledgeDataList"] = None
        if self.ability_data_list is not None:
            field_dict["AbilityDataList"] = _dump(self.ability_data_list)
        elif "ability_data_list" in self._sent_null:
            field_dict["AbilityDataList"] = None
        if self.soc_info is not None:
            field_dict["SocInfo"] = _dump(self.soc_info)
        elif "soc_info" in self._sent_null:
            field_dict["SocInfo"] = None
        if self.projections is not None:
            field_dict["Projections"] = _dump(self.projections)
        elif "projections" in self._sent_null:
            field_dict["Projections"] = None
        if self.oo_hs is not None:
            field_dict["OOHs"] = _dump(self.oo_hs)
        elif "oo_hs" in self._sent_null:
            field_dict["OOHs"] = None
        if self.state_resources_links is not None:
            field_dict["StateResourcesLinks"] = _dump(self.state_resources_links)
        elif "state_resources_links" in self._sent_null:
            field_dict["StateResourcesLinks"] = None
        if self.related_onet_titles is not None:
            field_dict["RelatedOnetTitles"] = _dump(self.related_onet_titles)
        elif "related_onet_titles" in self._sent_null:
            field_dict["RelatedOnetTitles"] = None
        if self.training_programs is not None:
            field_dict["TrainingPrograms"] = self.training_programs
        elif "training_programs" in self._sent_null:
            field_dict["TrainingPrograms"] = None
        if self.tools_and_tech_occupation_details is not None:
            field_dict["ToolsAndTechOccupationDetails"] = _dump(self.tools_and_tech_occupation_details)
        elif "tools_and_tech_occupation_details" in self._sent_null:
            field_dict["ToolsAndTechOccupationDetails"] = None
        if self.work_values_occupation_details is not None:
            field_dict["WorkValuesOccupationDetails"] = _dump(self.work_values_occupation_details)
        elif "work_values_occupation_details" in self._sent_null:
            field_dict["WorkValuesOccupationDetails"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        v = src_dict["COSVideoURL"]
        if not type(v) is str:
            _drifted()
        obj.cos_video_url = v
        known = 1  # declared keys present (each optional one counts below)
        v = src_dict.get("OnetTitle")
        if v is None:
            if "OnetTitle" in src_dict:
                known += 1
                obj._sent_null += ("onet_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.onet_title = v
        v = src_dict.get("OnetCode")
        if v is None:
            if "OnetCode" in src_dict:
                known += 1
                obj._sent_null += ("onet_code",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.onet_code = v
        v = src_dict.get("OnetDescription")
        if v is None:
            if "OnetDescription" in src_dict:
                known += 1
                obj._sent_null += ("onet_description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.onet_description = v
        v = src_dict.get("Wages")
        if v is None:
            if "Wages" in src_dict:
                known += 1
                obj._sent_null += ("wages",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_OccupationWages(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.wages = v
        v = src_dict.get("BrightOutlook")
        if v is None:
            if "BrightOutlook" in src_dict:
                known += 1
                obj._sent_null += ("bright_outlook",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.bright_outlook = v
        v = src_dict.get("BrightOutlookCategory")
        if v is None:
            if "BrightOutlookCategory" in src_dict:
                known += 1
                obj._sent_null += ("bright_outlook_category",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.bright_outlook_category = v
        v = src_dict.get("Green")
        if v is None:
            if "Green" in src_dict:
                known += 1
                obj._sent_null += ("green",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.green = v
        v = src_dict.get("EducationTraining")
        if v is None:
            if "EducationTraining" in src_dict:
                known += 1
                obj._sent_null += ("education_training",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_EducationTraining(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.education_training = v
        v = src_dict.get("Tasks")
        if v is None:
            if "Tasks" in src_dict:
                known += 1
                obj._sent_null += ("tasks",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_OccupationTask(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.tasks = v
        v = src_dict.get("Dwas")
        if v is None:
            if "Dwas" in src_dict:
                known += 1
                obj._sent_null += ("dwas",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_DetailedWorkActivity(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.dwas = v
        v = src_dict.get("AlternateTitles")
        if v is None:
            if "AlternateTitles" in src_dict:
                known += 1
                obj._sent_null += ("alternate_titles",)
        else:
            known += 1
            if not (type(v) is list):
                _drifted()
        obj.alternate_titles = v
        v = src_dict.get("StFips")
        if v is None:
            if "StFips" in src_dict:
                known += 1
                obj._sent_null += ("st_fips",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.st_fips = v
        v = src_dict.get("Location")
        if v is None:
            if "Location" in src_dict:
                known += 1
                obj._sent_null += ("location",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.location = v
        v = src_dict.get("Video")
        if v is None:
            if "Video" in src_dict:
                known += 1
                obj._sent_null += ("video",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_CareerVideo(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.video = v
        v = src_dict.get("InterestDataList")
        if v is None:
            if "InterestDataList" in src_dict:
                known += 1
                obj._sent_null += ("interest_data_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_OnetElementScore(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.interest_data_list = v
        v = src_dict.get("SkillsDataList")
        if v is None:
            if "SkillsDataList" in src_dict:
                known += 1
                obj._sent_null += ("skills_data_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_OnetElementScore(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.skills_data_list = v
        v = src_dict.get("KnowledgeDataList")
        if v is None:
            if "KnowledgeDataList" in src_dict:
                known += 1
                obj._sent_null += ("knowledge_data_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_OnetElementScore(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.knowledge_data_list = v
        v = src_dict.get("AbilityDataList")
        if v is None:
            if "AbilityDataList" in src_dict:
                known += 1
                obj._sent_null += ("ability_data_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_OnetElementScore(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.ability_data_list = v
        v = src_dict.get("SocInfo")
        if v is None:
            if "SocInfo" in src_dict:
                known += 1
                obj._sent_null += ("soc_info",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_SocInfo(v)
        obj.soc_info = v
        v = src_dict.get("Projections")
        if v is None:
            if "Projections" in src_dict:
                known += 1
                obj._sent_null += ("projections",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_OccupationProjections(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.projections = v
        v = src_dict.get("OOHs")
        if v is None:
            if "OOHs" in src_dict:
                known += 1
                obj._sent_null += ("oo_hs",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_OutlookHandbookLink(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.oo_hs = v
        v = src_dict.get("StateResourcesLinks")
        if v is None:
            if "StateResourcesLinks" in src_dict:
                known += 1
                obj._sent_null += ("state_resources_links",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_StateResourcesLinks(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.state_resources_links = v
        v = src_dict.get("RelatedOnetTitles")
        if v is None:
            if "RelatedOnetTitles" in src_dict:
                known += 1
                obj._sent_null += ("related_onet_titles",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_RelatedOnetTitles(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.related_onet_titles = v
        v = src_dict.get("TrainingPrograms")
        if v is None:
            if "TrainingPrograms" in src_dict:
                known += 1
                obj._sent_null += ("training_programs",)
        else:
            known += 1
            if not (type(v) is list):
                _drifted()
        obj.training_programs = v
        v = src_dict.get("ToolsAndTechOccupationDetails")
        if v is None:
            if "ToolsAndTechOccupationDetails" in src_dict:
                known += 1
                obj._sent_null += ("tools_and_tech_occupation_details",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_ToolsAndTechnology(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.tools_and_tech_occupation_details = v
        v = src_dict.get("WorkValuesOccupationDetails")
        if v is None:
            if "WorkValuesOccupationDetails" in src_dict:
                known += 1
                obj._sent_null += ("work_values_occupation_details",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_TopWorkValue(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.work_values_occupation_details = v
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
from ..models.career_video import CareerVideo  # noqa: E402
from ..models.detailed_work_activity import DetailedWorkActivity  # noqa: E402
from ..models.education_training import EducationTraining  # noqa: E402
from ..models.occupation_projections import OccupationProjections  # noqa: E402
from ..models.occupation_task import OccupationTask  # noqa: E402
from ..models.occupation_wages import OccupationWages  # noqa: E402
from ..models.onet_element_score import OnetElementScore  # noqa: E402
from ..models.outlook_handbook_link import OutlookHandbookLink  # noqa: E402
from ..models.related_onet_titles import RelatedOnetTitles  # noqa: E402
from ..models.soc_info import SocInfo  # noqa: E402
from ..models.state_resources_links import StateResourcesLinks  # noqa: E402
from ..models.tools_and_technology import ToolsAndTechnology  # noqa: E402
from ..models.top_work_value import TopWorkValue  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_CareerVideo = CareerVideo.from_dict
_from_dict_DetailedWorkActivity = DetailedWorkActivity.from_dict
_from_dict_EducationTraining = EducationTraining.from_dict
_from_dict_OccupationProjections = OccupationProjections.from_dict
_from_dict_OccupationTask = OccupationTask.from_dict
_from_dict_OccupationWages = OccupationWages.from_dict
_from_dict_OnetElementScore = OnetElementScore.from_dict
_from_dict_OutlookHandbookLink = OutlookHandbookLink.from_dict
_from_dict_RelatedOnetTitles = RelatedOnetTitles.from_dict
_from_dict_SocInfo = SocInfo.from_dict
_from_dict_StateResourcesLinks = StateResourcesLinks.from_dict
_from_dict_ToolsAndTechnology = ToolsAndTechnology.from_dict
_from_dict_TopWorkValue = TopWorkValue.from_dict
