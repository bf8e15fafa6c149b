from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationDetail")
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
    onet_title: str | Unset = UNSET
    """ O*NET title. """
    onet_code: str | Unset = UNSET
    """ Dotted O*NET-SOC code. """
    onet_description: str | Unset = UNSET
    """ O*NET definition. """
    wages: None | OccupationWages | Unset = UNSET
    """ OEWS wages (flag `wages`). """
    bright_outlook: None | str | Unset = UNSET
    """ O*NET Bright Outlook flag text, for example `Bright`. """
    bright_outlook_category: None | str | Unset = UNSET
    """ Reasons, for example `Rapid Growth; Numerous Job Openings`. """
    green: None | str | Unset = UNSET
    """ Legacy green-economy flag that is no longer maintained; it was never "Y" in 670 measured profiles. """
    education_training: EducationTraining | None | Unset = UNSET
    """ BLS Employment Projections education and training data at SOC level (flag `training`). """
    tasks: list[OccupationTask] | None | Unset = UNSET
    """ O*NET task statements, in no particular order (flag `tasks`). The same TaskId can appear twice with the same
    rating (measured), so deduplicate if you need a set. """
    dwas: list[DetailedWorkActivity] | None | Unset = UNSET
    """ Detailed work activities (flag `dwas`). The documentation spells the key DWAs. """
    alternate_titles: list[str] | None | Unset = UNSET
    """ Common alternate job titles, at most 10 (flag `alternateOnetTitles`; measured). """
    st_fips: str | Unset = UNSET
    """ State FIPS code of the requested location. """
    location: str | Unset = UNSET
    """ The requested location, echoed or normalized. """
    video: list[CareerVideo] | None | Unset = UNSET
    """ Best-matching career videos (flag `videos`). """
    interest_data_list: list[OnetElementScore] | None | Unset = UNSET
    """ RIASEC interest scores (flag `interest`). """
    skills_data_list: list[OnetElementScore] | None | Unset = UNSET
    """ O*NET skill ratings (flag `skills`). """
    knowledge_data_list: list[OnetElementScore] | None | Unset = UNSET
    """ O*NET knowledge ratings, about 33 rows (flag `knowledge`). """
    ability_data_list: list[OnetElementScore] | None | Unset = UNSET
    """ O*NET ability ratings, about 52 rows (flag `ability`). The documentation types this as String, but it is an
    array. """
    soc_info: SocInfo | Unset = UNSET
    """ A Standard Occupational Classification (SOC) or OEWS occupation. """
    projections: None | OccupationProjections | Unset = UNSET
    """ Employment projections (flag `projectedEmployment`). """
    oo_hs: None | OutlookHandbookLink | Unset = UNSET
    """ Link to the BLS Occupational Outlook Handbook (flag `ooh`). The only schema seen (copied from the API
    Explorer) has a single object, so that is what is declared; a list has been suspected but never seen. A list
    would reach you unparsed and be reported as drift. """
    state_resources_links: None | StateResourcesLinks | Unset = UNSET
    """ State labor-market-information sites (flag `stateLMILinks`). """
    related_onet_titles: None | RelatedOnetTitles | Unset = UNSET
    """ Related occupations as a map from O*NET code to title (flag `relatedOnetTitles`). The documentation shows
    Key/Value pairs, but live responses send a JSON object. """
    training_programs: list[str] | None | Unset = UNSET
    """ CIP program titles (flag `trainingPrograms`). Null for every one of 670 measured occupations. """
    tools_and_tech_occupation_details: None | ToolsAndTechnology | Unset = UNSET
    """ O*NET tools and technology (flag `toolsAndTechnology`). The key casing is not confirmed. """
    work_values_occupation_details: None | TopWorkValue | Unset = UNSET
    """ The single top O*NET work value (flag `workValues`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cos_video_url = self.cos_video_url

        onet_title = self.onet_title

        onet_code = self.onet_code

        onet_description = self.onet_description

        wages: dict[str, Any] | None | Unset
        if isinstance(self.wages, Unset):
            wages = UNSET
        elif isinstance(self.wages, OccupationWages):
            wages = self.wages.to_dict()
        else:
            wages = self.wages

        bright_outlook: None | str | Unset
        if isinstance(self.bright_outlook, Unset):
            bright_outlook = UNSET
        else:
            bright_outlook = self.bright_outlook

        bright_outlook_category: None | str | Unset
        if isinstance(self.bright_outlook_category, Unset):
            bright_outlook_category = UNSET
        else:
            bright_outlook_category = self.bright_outlook_category

        green: None | str | Unset
        if isinstance(self.green, Unset):
            green = UNSET
        else:
            green = self.green

        education_training: dict[str, Any] | None | Unset
        if isinstance(self.education_training, Unset):
            education_training = UNSET
        elif isinstance(self.education_training, EducationTraining):
            education_training = self.education_training.to_dict()
        else:
            education_training = self.education_training

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        dwas: list[dict[str, Any]] | None | Unset
        if isinstance(self.dwas, Unset):
            dwas = UNSET
        elif isinstance(self.dwas, list):
            dwas = []
            for dwas_type_0_item_data in self.dwas:
                dwas_type_0_item = dwas_type_0_item_data.to_dict()
                dwas.append(dwas_type_0_item)

        else:
            dwas = self.dwas

        alternate_titles: list[str] | None | Unset
        if isinstance(self.alternate_titles, Unset):
            alternate_titles = UNSET
        elif isinstance(self.alternate_titles, list):
            alternate_titles = self.alternate_titles

        else:
            alternate_titles = self.alternate_titles

        st_fips = self.st_fips

        location = self.location

        video: list[dict[str, Any]] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, list):
            video = []
            for video_type_0_item_data in self.video:
                video_type_0_item = video_type_0_item_data.to_dict()
                video.append(video_type_0_item)

        else:
            video = self.video

        interest_data_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.interest_data_list, Unset):
            interest_data_list = UNSET
        elif isinstance(self.interest_data_list, list):
            interest_data_list = []
            for interest_data_list_type_0_item_data in self.interest_data_list:
                interest_data_list_type_0_item = interest_data_list_type_0_item_data.to_dict()
                interest_data_list.append(interest_data_list_type_0_item)

        else:
            interest_data_list = self.interest_data_list

        skills_data_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills_data_list, Unset):
            skills_data_list = UNSET
        elif isinstance(self.skills_data_list, list):
            skills_data_list = []
            for skills_data_list_type_0_item_data in self.skills_data_list:
                skills_data_list_type_0_item = skills_data_list_type_0_item_data.to_dict()
                skills_data_list.append(skills_data_list_type_0_item)

        else:
            skills_data_list = self.skills_data_list

        knowledge_data_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.knowledge_data_list, Unset):
            knowledge_data_list = UNSET
        elif isinstance(self.knowledge_data_list, list):
            knowledge_data_list = []
            for knowledge_data_list_type_0_item_data in self.knowledge_data_list:
                knowledge_data_list_type_0_item = knowledge_data_list_type_0_item_data.to_dict()
                knowledge_data_list.append(knowledge_data_list_type_0_item)

        else:
            knowledge_data_list = self.knowledge_data_list

        ability_data_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.ability_data_list, Unset):
            ability_data_list = UNSET
        elif isinstance(self.ability_data_list, list):
            ability_data_list = []
            for ability_data_list_type_0_item_data in self.ability_data_list:
                ability_data_list_type_0_item = ability_data_list_type_0_item_data.to_dict()
                ability_data_list.append(ability_data_list_type_0_item)

        else:
            ability_data_list = self.ability_data_list

        soc_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.soc_info, Unset):
            soc_info = self.soc_info.to_dict()

        projections: dict[str, Any] | None | Unset
        if isinstance(self.projections, Unset):
            projections = UNSET
        elif isinstance(self.projections, OccupationProjections):
            projections = self.projections.to_dict()
        else:
            projections = self.projections

        oo_hs: dict[str, Any] | None | Unset
        if isinstance(self.oo_hs, Unset):
            oo_hs = UNSET
        elif isinstance(self.oo_hs, OutlookHandbookLink):
            oo_hs = self.oo_hs.to_dict()
        else:
            oo_hs = self.oo_hs

        state_resources_links: dict[str, Any] | None | Unset
        if isinstance(self.state_resources_links, Unset):
            state_resources_links = UNSET
        elif isinstance(self.state_resources_links, StateResourcesLinks):
            state_resources_links = self.state_resources_links.to_dict()
        else:
            state_resources_links = self.state_resources_links

        related_onet_titles: dict[str, Any] | None | Unset
        if isinstance(self.related_onet_titles, Unset):
            related_onet_titles = UNSET
        elif isinstance(self.related_onet_titles, RelatedOnetTitles):
            related_onet_titles = self.related_onet_titles.to_dict()
        else:
            related_onet_titles = self.related_onet_titles

        training_programs: list[str] | None | Unset
        if isinstance(self.training_programs, Unset):
            training_programs = UNSET
        elif isinstance(self.training_programs, list):
            training_programs = self.training_programs

        else:
            training_programs = self.training_programs

        tools_and_tech_occupation_details: dict[str, Any] | None | Unset
        if isinstance(self.tools_and_tech_occupation_details, Unset):
            tools_and_tech_occupation_details = UNSET
        elif isinstance(self.tools_and_tech_occupation_details, ToolsAndTechnology):
            tools_and_tech_occupation_details = self.tools_and_tech_occupation_details.to_dict()
        else:
            tools_and_tech_occupation_details = self.tools_and_tech_occupation_details

        work_values_occupation_details: dict[str, Any] | None | Unset
        if isinstance(self.work_values_occupation_details, Unset):
            work_values_occupation_details = UNSET
        elif isinstance(self.work_values_occupation_details, TopWorkValue):
            work_values_occupation_details = self.work_values_occupation_details.to_dict()
        else:
            work_values_occupation_details = self.work_values_occupation_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "COSVideoURL": cos_video_url,
            }
        )
        if onet_title is not UNSET:
            field_dict["OnetTitle"] = onet_title
        if onet_code is not UNSET:
            field_dict["OnetCode"] = onet_code
        if onet_description is not UNSET:
            field_dict["OnetDescription"] = onet_description
        if wages is not UNSET:
            field_dict["Wages"] = wages
        if bright_outlook is not UNSET:
            field_dict["BrightOutlook"] = bright_outlook
        if bright_outlook_category is not UNSET:
            field_dict["BrightOutlookCategory"] = bright_outlook_category
        if green is not UNSET:
            field_dict["Green"] = green
        if education_training is not UNSET:
            field_dict["EducationTraining"] = education_training
        if tasks is not UNSET:
            field_dict["Tasks"] = tasks
        if dwas is not UNSET:
            field_dict["Dwas"] = dwas
        if alternate_titles is not UNSET:
            field_dict["AlternateTitles"] = alternate_titles
        if st_fips is not UNSET:
            field_dict["StFips"] = st_fips
        if location is not UNSET:
            field_dict["Location"] = location
        if video is not UNSET:
            field_dict["Video"] = video
        if interest_data_list is not UNSET:
            field_dict["InterestDataList"] = interest_data_list
        if skills_data_list is not UNSET:
            field_dict["SkillsDataList"] = skills_data_list
        if knowledge_data_list is not UNSET:
            field_dict["KnowledgeDataList"] = knowledge_data_list
        if ability_data_list is not UNSET:
            field_dict["AbilityDataList"] = ability_data_list
        if soc_info is not UNSET:
            field_dict["SocInfo"] = soc_info
        if projections is not UNSET:
            field_dict["Projections"] = projections
        if oo_hs is not UNSET:
            field_dict["OOHs"] = oo_hs
        if state_resources_links is not UNSET:
            field_dict["StateResourcesLinks"] = state_resources_links
        if related_onet_titles is not UNSET:
            field_dict["RelatedOnetTitles"] = related_onet_titles
        if training_programs is not UNSET:
            field_dict["TrainingPrograms"] = training_programs
        if tools_and_tech_occupation_details is not UNSET:
            field_dict["ToolsAndTechOccupationDetails"] = tools_and_tech_occupation_details
        if work_values_occupation_details is not UNSET:
            field_dict["WorkValuesOccupationDetails"] = work_values_occupation_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cos_video_url = src_dict["COSVideoURL"]

        onet_title = src_dict.get("OnetTitle", UNSET)

        onet_code = src_dict.get("OnetCode", UNSET)

        onet_description = src_dict.get("OnetDescription", UNSET)

        def _parse_wages(data: object) -> None | OccupationWages | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wages_type_0 = OccupationWages.from_dict(data)

                return wages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OccupationWages | Unset, data)

        wages = _parse_wages(src_dict.get("Wages", UNSET))

        bright_outlook = cast(None | str | Unset, src_dict.get("BrightOutlook", UNSET))

        bright_outlook_category = cast(None | str | Unset, src_dict.get("BrightOutlookCategory", UNSET))

        green = cast(None | str | Unset, src_dict.get("Green", UNSET))

        def _parse_education_training(data: object) -> EducationTraining | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                education_training_type_0 = EducationTraining.from_dict(data)

                return education_training_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationTraining | None | Unset, data)

        education_training = _parse_education_training(src_dict.get("EducationTraining", UNSET))

        def _parse_tasks(data: object) -> list[OccupationTask] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = []
                _tasks_type_0 = data
                for tasks_type_0_item_data in _tasks_type_0:
                    tasks_type_0_item = OccupationTask.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OccupationTask] | None | Unset, data)

        tasks = _parse_tasks(src_dict.get("Tasks", UNSET))

        def _parse_dwas(data: object) -> list[DetailedWorkActivity] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dwas_type_0 = []
                _dwas_type_0 = data
                for dwas_type_0_item_data in _dwas_type_0:
                    dwas_type_0_item = DetailedWorkActivity.from_dict(dwas_type_0_item_data)

                    dwas_type_0.append(dwas_type_0_item)

                return dwas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DetailedWorkActivity] | None | Unset, data)

        dwas = _parse_dwas(src_dict.get("Dwas", UNSET))

        alternate_titles = cast(list[str] | None | Unset, src_dict.get("AlternateTitles", UNSET))

        st_fips = src_dict.get("StFips", UNSET)

        location = src_dict.get("Location", UNSET)

        def _parse_video(data: object) -> list[CareerVideo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                video_type_0 = []
                _video_type_0 = data
                for video_type_0_item_data in _video_type_0:
                    video_type_0_item = CareerVideo.from_dict(video_type_0_item_data)

                    video_type_0.append(video_type_0_item)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CareerVideo] | None | Unset, data)

        video = _parse_video(src_dict.get("Video", UNSET))

        def _parse_interest_data_list(data: object) -> list[OnetElementScore] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interest_data_list_type_0 = []
                _interest_data_list_type_0 = data
                for interest_data_list_type_0_item_data in _interest_data_list_type_0:
                    interest_data_list_type_0_item = OnetElementScore.from_dict(interest_data_list_type_0_item_data)

                    interest_data_list_type_0.append(interest_data_list_type_0_item)

                return interest_data_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OnetElementScore] | None | Unset, data)

        interest_data_list = _parse_interest_data_list(src_dict.get("InterestDataList", UNSET))

        def _parse_skills_data_list(data: object) -> list[OnetElementScore] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_data_list_type_0 = []
                _skills_data_list_type_0 = data
                for skills_data_list_type_0_item_data in _skills_data_list_type_0:
                    skills_data_list_type_0_item = OnetElementScore.from_dict(skills_data_list_type_0_item_data)

                    skills_data_list_type_0.append(skills_data_list_type_0_item)

                return skills_data_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OnetElementScore] | None | Unset, data)

        skills_data_list = _parse_skills_data_list(src_dict.get("SkillsDataList", UNSET))

        def _parse_knowledge_data_list(data: object) -> list[OnetElementScore] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                knowledge_data_list_type_0 = []
                _knowledge_data_list_type_0 = data
                for knowledge_data_list_type_0_item_data in _knowledge_data_list_type_0:
                    knowledge_data_list_type_0_item = OnetElementScore.from_dict(knowledge_data_list_type_0_item_data)

                    knowledge_data_list_type_0.append(knowledge_data_list_type_0_item)

                return knowledge_data_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OnetElementScore] | None | Unset, data)

        knowledge_data_list = _parse_knowledge_data_list(src_dict.get("KnowledgeDataList", UNSET))

        def _parse_ability_data_list(data: object) -> list[OnetElementScore] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ability_data_list_type_0 = []
                _ability_data_list_type_0 = data
                for ability_data_list_type_0_item_data in _ability_data_list_type_0:
                    ability_data_list_type_0_item = OnetElementScore.from_dict(ability_data_list_type_0_item_data)

                    ability_data_list_type_0.append(ability_data_list_type_0_item)

                return ability_data_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OnetElementScore] | None | Unset, data)

        ability_data_list = _parse_ability_data_list(src_dict.get("AbilityDataList", UNSET))

        _soc_info = src_dict.get("SocInfo", UNSET)
        soc_info: SocInfo | Unset
        if isinstance(_soc_info, Unset):
            soc_info = UNSET
        else:
            soc_info = SocInfo.from_dict(_soc_info)

        def _parse_projections(data: object) -> None | OccupationProjections | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projections_type_0 = OccupationProjections.from_dict(data)

                return projections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OccupationProjections | Unset, data)

        projections = _parse_projections(src_dict.get("Projections", UNSET))

        def _parse_oo_hs(data: object) -> None | OutlookHandbookLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oo_hs_type_0 = OutlookHandbookLink.from_dict(data)

                return oo_hs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutlookHandbookLink | Unset, data)

        oo_hs = _parse_oo_hs(src_dict.get("OOHs", UNSET))

        def _parse_state_resources_links(data: object) -> None | StateResourcesLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_resources_links_type_0 = StateResourcesLinks.from_dict(data)

                return state_resources_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateResourcesLinks | Unset, data)

        state_resources_links = _parse_state_resources_links(src_dict.get("StateResourcesLinks", UNSET))

        def _parse_related_onet_titles(data: object) -> None | RelatedOnetTitles | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                related_onet_titles_type_0 = RelatedOnetTitles.from_dict(data)

                return related_onet_titles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelatedOnetTitles | Unset, data)

        related_onet_titles = _parse_related_onet_titles(src_dict.get("RelatedOnetTitles", UNSET))

        training_programs = cast(list[str] | None | Unset, src_dict.get("TrainingPrograms", UNSET))

        def _parse_tools_and_tech_occupation_details(data: object) -> None | ToolsAndTechnology | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tools_and_tech_occupation_details_type_0 = ToolsAndTechnology.from_dict(data)

                return tools_and_tech_occupation_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolsAndTechnology | Unset, data)

        tools_and_tech_occupation_details = _parse_tools_and_tech_occupation_details(
            src_dict.get("ToolsAndTechOccupationDetails", UNSET)
        )

        def _parse_work_values_occupation_details(data: object) -> None | TopWorkValue | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_values_occupation_details_type_0 = TopWorkValue.from_dict(data)

                return work_values_occupation_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TopWorkValue | Unset, data)

        work_values_occupation_details = _parse_work_values_occupation_details(
            src_dict.get("WorkValuesOccupationDetails", UNSET)
        )

        occupation_detail = cls(
            cos_video_url=cos_video_url,
            onet_title=onet_title,
            onet_code=onet_code,
            onet_description=onet_description,
            wages=wages,
            bright_outlook=bright_outlook,
            bright_outlook_category=bright_outlook_category,
            green=green,
            education_training=education_training,
            tasks=tasks,
            dwas=dwas,
            alternate_titles=alternate_titles,
            st_fips=st_fips,
            location=location,
            video=video,
            interest_data_list=interest_data_list,
            skills_data_list=skills_data_list,
            knowledge_data_list=knowledge_data_list,
            ability_data_list=ability_data_list,
            soc_info=soc_info,
            projections=projections,
            oo_hs=oo_hs,
            state_resources_links=state_resources_links,
            related_onet_titles=related_onet_titles,
            training_programs=training_programs,
            tools_and_tech_occupation_details=tools_and_tech_occupation_details,
            work_values_occupation_details=work_values_occupation_details,
        )

        if len(src_dict) == 1 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_detail  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_detail.additional_properties = d
        return occupation_detail

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
