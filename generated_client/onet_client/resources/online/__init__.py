"""O*NET OnLine services: search, browse and occupation reports.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_custom_work_activities_outline import AsyncGetCustomWorkActivitiesOutline, GetCustomWorkActivitiesOutline
    from .get_details_abilities import AsyncGetDetailsAbilities, GetDetailsAbilities
    from .get_details_apprenticeship import AsyncGetDetailsApprenticeship, GetDetailsApprenticeship
    from .get_details_detailed_work_activities import (
        AsyncGetDetailsDetailedWorkActivities,
        GetDetailsDetailedWorkActivities,
    )
    from .get_details_education import AsyncGetDetailsEducation, GetDetailsEducation
    from .get_details_interests import AsyncGetDetailsInterests, GetDetailsInterests
    from .get_details_job_zone import AsyncGetDetailsJobZone, GetDetailsJobZone
    from .get_details_knowledge import AsyncGetDetailsKnowledge, GetDetailsKnowledge
    from .get_details_military_career_summaries import (
        AsyncGetDetailsMilitaryCareerSummaries,
        GetDetailsMilitaryCareerSummaries,
    )
    from .get_details_professional_associations import (
        AsyncGetDetailsProfessionalAssociations,
        GetDetailsProfessionalAssociations,
    )
    from .get_details_related_occupations import AsyncGetDetailsRelatedOccupations, GetDetailsRelatedOccupations
    from .get_details_skills import AsyncGetDetailsSkills, GetDetailsSkills
    from .get_details_tasks import AsyncGetDetailsTasks, GetDetailsTasks
    from .get_details_technology_skills import AsyncGetDetailsTechnologySkills, GetDetailsTechnologySkills
    from .get_details_tools_used import AsyncGetDetailsToolsUsed, GetDetailsToolsUsed
    from .get_details_work_activities import AsyncGetDetailsWorkActivities, GetDetailsWorkActivities
    from .get_details_work_context import AsyncGetDetailsWorkContext, GetDetailsWorkContext
    from .get_details_work_styles import AsyncGetDetailsWorkStyles, GetDetailsWorkStyles
    from .get_details_work_values import AsyncGetDetailsWorkValues, GetDetailsWorkValues
    from .get_hot_technology import AsyncGetHotTechnology, GetHotTechnology
    from .get_in_demand_skills import AsyncGetInDemandSkills, GetInDemandSkills
    from .get_occupation_overview import AsyncGetOccupationOverview, GetOccupationOverview
    from .get_summary_abilities import AsyncGetSummaryAbilities, GetSummaryAbilities
    from .get_summary_apprenticeship import AsyncGetSummaryApprenticeship, GetSummaryApprenticeship
    from .get_summary_detailed_work_activities import (
        AsyncGetSummaryDetailedWorkActivities,
        GetSummaryDetailedWorkActivities,
    )
    from .get_summary_education import AsyncGetSummaryEducation, GetSummaryEducation
    from .get_summary_interests import AsyncGetSummaryInterests, GetSummaryInterests
    from .get_summary_job_zone import AsyncGetSummaryJobZone, GetSummaryJobZone
    from .get_summary_knowledge import AsyncGetSummaryKnowledge, GetSummaryKnowledge
    from .get_summary_military_career_summaries import (
        AsyncGetSummaryMilitaryCareerSummaries,
        GetSummaryMilitaryCareerSummaries,
    )
    from .get_summary_professional_associations import (
        AsyncGetSummaryProfessionalAssociations,
        GetSummaryProfessionalAssociations,
    )
    from .get_summary_related_occupations import AsyncGetSummaryRelatedOccupations, GetSummaryRelatedOccupations
    from .get_summary_skills import AsyncGetSummarySkills, GetSummarySkills
    from .get_summary_tasks import AsyncGetSummaryTasks, GetSummaryTasks
    from .get_summary_technology_skills import AsyncGetSummaryTechnologySkills, GetSummaryTechnologySkills
    from .get_summary_work_activities import AsyncGetSummaryWorkActivities, GetSummaryWorkActivities
    from .get_summary_work_context import AsyncGetSummaryWorkContext, GetSummaryWorkContext
    from .get_summary_work_styles import AsyncGetSummaryWorkStyles, GetSummaryWorkStyles
    from .get_summary_work_values import AsyncGetSummaryWorkValues, GetSummaryWorkValues
    from .list_all_bright_outlook_occupations import (
        AsyncListAllBrightOutlookOccupations,
        ListAllBrightOutlookOccupations,
    )
    from .list_all_career_cluster_occupations import (
        AsyncListAllCareerClusterOccupations,
        ListAllCareerClusterOccupations,
    )
    from .list_all_professional_associations import (
        AsyncListAllProfessionalAssociations,
        ListAllProfessionalAssociations,
    )
    from .list_all_stem_occupations import AsyncListAllStemOccupations, ListAllStemOccupations
    from .list_apprenticeship_occupations import AsyncListApprenticeshipOccupations, ListApprenticeshipOccupations
    from .list_bright_outlook_categories import AsyncListBrightOutlookCategories, ListBrightOutlookCategories
    from .list_bright_outlook_category_occupations import (
        AsyncListBrightOutlookCategoryOccupations,
        ListBrightOutlookCategoryOccupations,
    )
    from .list_career_cluster_occupations import AsyncListCareerClusterOccupations, ListCareerClusterOccupations
    from .list_career_clusters import AsyncListCareerClusters, ListCareerClusters
    from .list_career_sub_cluster_occupations import (
        AsyncListCareerSubClusterOccupations,
        ListCareerSubClusterOccupations,
    )
    from .list_hot_technologies import AsyncListHotTechnologies, ListHotTechnologies
    from .list_in_demand_skills import AsyncListInDemandSkills, ListInDemandSkills
    from .list_job_duties_related_occupations import (
        AsyncListJobDutiesRelatedOccupations,
        ListJobDutiesRelatedOccupations,
    )
    from .list_job_duties_tasks import AsyncListJobDutiesTasks, ListJobDutiesTasks
    from .list_job_families import AsyncListJobFamilies, ListJobFamilies
    from .list_occupation_professional_associations import (
        AsyncListOccupationProfessionalAssociations,
        ListOccupationProfessionalAssociations,
    )
    from .list_occupations import AsyncListOccupations, ListOccupations
    from .list_onet_data_element_occupations import AsyncListOnetDataElementOccupations, ListOnetDataElementOccupations
    from .list_onet_data_elements import AsyncListOnetDataElements, ListOnetDataElements
    from .list_related_activities import AsyncListRelatedActivities, ListRelatedActivities
    from .list_related_activities_occupations import (
        AsyncListRelatedActivitiesOccupations,
        ListRelatedActivitiesOccupations,
    )
    from .list_soft_skills import AsyncListSoftSkills, ListSoftSkills
    from .list_soft_skills_occupations import AsyncListSoftSkillsOccupations, ListSoftSkillsOccupations
    from .list_stem_occupation_types import AsyncListStemOccupationTypes, ListStemOccupationTypes
    from .list_stem_type_occupations import AsyncListStemTypeOccupations, ListStemTypeOccupations
    from .list_technology_category_occupations import (
        AsyncListTechnologyCategoryOccupations,
        ListTechnologyCategoryOccupations,
    )
    from .list_technology_example_occupations import (
        AsyncListTechnologyExampleOccupations,
        ListTechnologyExampleOccupations,
    )
    from .search_job_duties import AsyncSearchJobDuties, SearchJobDuties
    from .search_military_crosswalk import AsyncSearchMilitaryCrosswalk, SearchMilitaryCrosswalk
    from .search_occupations import AsyncSearchOccupations, SearchOccupations
    from .search_professional_associations import AsyncSearchProfessionalAssociations, SearchProfessionalAssociations
    from .search_related_activities import AsyncSearchRelatedActivities, SearchRelatedActivities
    from .search_soc_crosswalk import AsyncSearchSocCrosswalk, SearchSocCrosswalk
    from .search_technology_categories import AsyncSearchTechnologyCategories, SearchTechnologyCategories
    from .search_technology_examples import AsyncSearchTechnologyExamples, SearchTechnologyExamples


class OnlineResource(Resource):
    """O*NET OnLine services: search, browse and occupation reports."""

    __slots__ = ()

    @property
    def get_custom_work_activities_outline(self) -> GetCustomWorkActivitiesOutline:
        """Work Activities Outline."""
        from .get_custom_work_activities_outline import GetCustomWorkActivitiesOutline

        return GetCustomWorkActivitiesOutline(self._client)

    @property
    def get_details_abilities(self) -> GetDetailsAbilities:
        """Abilities (details report)."""
        from .get_details_abilities import GetDetailsAbilities

        return GetDetailsAbilities(self._client)

    @property
    def get_details_apprenticeship(self) -> GetDetailsApprenticeship:
        """Apprenticeship (details report)."""
        from .get_details_apprenticeship import GetDetailsApprenticeship

        return GetDetailsApprenticeship(self._client)

    @property
    def get_details_detailed_work_activities(self) -> GetDetailsDetailedWorkActivities:
        """Detailed Work Activities (details report)."""
        from .get_details_detailed_work_activities import GetDetailsDetailedWorkActivities

        return GetDetailsDetailedWorkActivities(self._client)

    @property
    def get_details_education(self) -> GetDetailsEducation:
        """Education (details report)."""
        from .get_details_education import GetDetailsEducation

        return GetDetailsEducation(self._client)

    @property
    def get_details_interests(self) -> GetDetailsInterests:
        """Interests (details report)."""
        from .get_details_interests import GetDetailsInterests

        return GetDetailsInterests(self._client)

    @property
    def get_details_job_zone(self) -> GetDetailsJobZone:
        """Job Zone (details report)."""
        from .get_details_job_zone import GetDetailsJobZone

        return GetDetailsJobZone(self._client)

    @property
    def get_details_knowledge(self) -> GetDetailsKnowledge:
        """Knowledge (details report)."""
        from .get_details_knowledge import GetDetailsKnowledge

        return GetDetailsKnowledge(self._client)

    @property
    def get_details_military_career_summaries(self) -> GetDetailsMilitaryCareerSummaries:
        """Military Career Summaries (details report)."""
        from .get_details_military_career_summaries import GetDetailsMilitaryCareerSummaries

        return GetDetailsMilitaryCareerSummaries(self._client)

    @property
    def get_details_professional_associations(self) -> GetDetailsProfessionalAssociations:
        """Professional Associations (details report)."""
        from .get_details_professional_associations import GetDetailsProfessionalAssociations

        return GetDetailsProfessionalAssociations(self._client)

    @property
    def get_details_related_occupations(self) -> GetDetailsRelatedOccupations:
        """Related Occupations (details report)."""
        from .get_details_related_occupations import GetDetailsRelatedOccupations

        return GetDetailsRelatedOccupations(self._client)

    @property
    def get_details_skills(self) -> GetDetailsSkills:
        """Skills (details report)."""
        from .get_details_skills import GetDetailsSkills

        return GetDetailsSkills(self._client)

    @property
    def get_details_tasks(self) -> GetDetailsTasks:
        """Tasks (details report)."""
        from .get_details_tasks import GetDetailsTasks

        return GetDetailsTasks(self._client)

    @property
    def get_details_technology_skills(self) -> GetDetailsTechnologySkills:
        """Technology Skills (details report)."""
        from .get_details_technology_skills import GetDetailsTechnologySkills

        return GetDetailsTechnologySkills(self._client)

    @property
    def get_details_tools_used(self) -> GetDetailsToolsUsed:
        """Tools Used."""
        from .get_details_tools_used import GetDetailsToolsUsed

        return GetDetailsToolsUsed(self._client)

    @property
    def get_details_work_activities(self) -> GetDetailsWorkActivities:
        """Work Activities (details report)."""
        from .get_details_work_activities import GetDetailsWorkActivities

        return GetDetailsWorkActivities(self._client)

    @property
    def get_details_work_context(self) -> GetDetailsWorkContext:
        """Work Context (details report)."""
        from .get_details_work_context import GetDetailsWorkContext

        return GetDetailsWorkContext(self._client)

    @property
    def get_details_work_styles(self) -> GetDetailsWorkStyles:
        """Work Styles (details report)."""
        from .get_details_work_styles import GetDetailsWorkStyles

        return GetDetailsWorkStyles(self._client)

    @property
    def get_details_work_values(self) -> GetDetailsWorkValues:
        """Work Values (details report)."""
        from .get_details_work_values import GetDetailsWorkValues

        return GetDetailsWorkValues(self._client)

    @property
    def get_hot_technology(self) -> GetHotTechnology:
        """Hot Technologies."""
        from .get_hot_technology import GetHotTechnology

        return GetHotTechnology(self._client)

    @property
    def get_in_demand_skills(self) -> GetInDemandSkills:
        """(Unverified path) In Demand skills."""
        from .get_in_demand_skills import GetInDemandSkills

        return GetInDemandSkills(self._client)

    @property
    def get_occupation_overview(self) -> GetOccupationOverview:
        """Occupation overview."""
        from .get_occupation_overview import GetOccupationOverview

        return GetOccupationOverview(self._client)

    @property
    def get_summary_abilities(self) -> GetSummaryAbilities:
        """Abilities (summary report)."""
        from .get_summary_abilities import GetSummaryAbilities

        return GetSummaryAbilities(self._client)

    @property
    def get_summary_apprenticeship(self) -> GetSummaryApprenticeship:
        """Apprenticeship (summary report)."""
        from .get_summary_apprenticeship import GetSummaryApprenticeship

        return GetSummaryApprenticeship(self._client)

    @property
    def get_summary_detailed_work_activities(self) -> GetSummaryDetailedWorkActivities:
        """Detailed Work Activities (summary report)."""
        from .get_summary_detailed_work_activities import GetSummaryDetailedWorkActivities

        return GetSummaryDetailedWorkActivities(self._client)

    @property
    def get_summary_education(self) -> GetSummaryEducation:
        """Education (summary report)."""
        from .get_summary_education import GetSummaryEducation

        return GetSummaryEducation(self._client)

    @property
    def get_summary_interests(self) -> GetSummaryInterests:
        """Interests (summary report)."""
        from .get_summary_interests import GetSummaryInterests

        return GetSummaryInterests(self._client)

    @property
    def get_summary_job_zone(self) -> GetSummaryJobZone:
        """Job Zone (summary report)."""
        from .get_summary_job_zone import GetSummaryJobZone

        return GetSummaryJobZone(self._client)

    @property
    def get_summary_knowledge(self) -> GetSummaryKnowledge:
        """Knowledge (summary report)."""
        from .get_summary_knowledge import GetSummaryKnowledge

        return GetSummaryKnowledge(self._client)

    @property
    def get_summary_military_career_summaries(self) -> GetSummaryMilitaryCareerSummaries:
        """Military Career Summaries (summary report)."""
        from .get_summary_military_career_summaries import GetSummaryMilitaryCareerSummaries

        return GetSummaryMilitaryCareerSummaries(self._client)

    @property
    def get_summary_professional_associations(self) -> GetSummaryProfessionalAssociations:
        """Professional Associations (summary report)."""
        from .get_summary_professional_associations import GetSummaryProfessionalAssociations

        return GetSummaryProfessionalAssociations(self._client)

    @property
    def get_summary_related_occupations(self) -> GetSummaryRelatedOccupations:
        """Related Occupations (summary report)."""
        from .get_summary_related_occupations import GetSummaryRelatedOccupations

        return GetSummaryRelatedOccupations(self._client)

    @property
    def get_summary_skills(self) -> GetSummarySkills:
        """Skills (summary report)."""
        from .get_summary_skills import GetSummarySkills

        return GetSummarySkills(self._client)

    @property
    def get_summary_tasks(self) -> GetSummaryTasks:
        """Tasks (summary report)."""
        from .get_summary_tasks import GetSummaryTasks

        return GetSummaryTasks(self._client)

    @property
    def get_summary_technology_skills(self) -> GetSummaryTechnologySkills:
        """Technology Skills (summary report)."""
        from .get_summary_technology_skills import GetSummaryTechnologySkills

        return GetSummaryTechnologySkills(self._client)

    @property
    def get_summary_work_activities(self) -> GetSummaryWorkActivities:
        """Work Activities (summary report)."""
        from .get_summary_work_activities import GetSummaryWorkActivities

        return GetSummaryWorkActivities(self._client)

    @property
    def get_summary_work_context(self) -> GetSummaryWorkContext:
        """Work Context (summary report)."""
        from .get_summary_work_context import GetSummaryWorkContext

        return GetSummaryWorkContext(self._client)

    @property
    def get_summary_work_styles(self) -> GetSummaryWorkStyles:
        """Work Styles (summary report)."""
        from .get_summary_work_styles import GetSummaryWorkStyles

        return GetSummaryWorkStyles(self._client)

    @property
    def get_summary_work_values(self) -> GetSummaryWorkValues:
        """Work Values (summary report)."""
        from .get_summary_work_values import GetSummaryWorkValues

        return GetSummaryWorkValues(self._client)

    @property
    def list_all_bright_outlook_occupations(self) -> ListAllBrightOutlookOccupations:
        """All Bright Outlook occupations."""
        from .list_all_bright_outlook_occupations import ListAllBrightOutlookOccupations

        return ListAllBrightOutlookOccupations(self._client)

    @property
    def list_all_career_cluster_occupations(self) -> ListAllCareerClusterOccupations:
        """Occupations in all Career Clusters."""
        from .list_all_career_cluster_occupations import ListAllCareerClusterOccupations

        return ListAllCareerClusterOccupations(self._client)

    @property
    def list_all_professional_associations(self) -> ListAllProfessionalAssociations:
        """(Unverified path) Associations across all occupations."""
        from .list_all_professional_associations import ListAllProfessionalAssociations

        return ListAllProfessionalAssociations(self._client)

    @property
    def list_all_stem_occupations(self) -> ListAllStemOccupations:
        """All STEM occupations."""
        from .list_all_stem_occupations import ListAllStemOccupations

        return ListAllStemOccupations(self._client)

    @property
    def list_apprenticeship_occupations(self) -> ListApprenticeshipOccupations:
        """(Unverified path) Apprenticeship listing."""
        from .list_apprenticeship_occupations import ListApprenticeshipOccupations

        return ListApprenticeshipOccupations(self._client)

    @property
    def list_bright_outlook_categories(self) -> ListBrightOutlookCategories:
        """Bright Outlook category listing."""
        from .list_bright_outlook_categories import ListBrightOutlookCategories

        return ListBrightOutlookCategories(self._client)

    @property
    def list_bright_outlook_category_occupations(self) -> ListBrightOutlookCategoryOccupations:
        """Occupations in a Bright Outlook category."""
        from .list_bright_outlook_category_occupations import ListBrightOutlookCategoryOccupations

        return ListBrightOutlookCategoryOccupations(self._client)

    @property
    def list_career_cluster_occupations(self) -> ListCareerClusterOccupations:
        """Occupations in a Career Cluster."""
        from .list_career_cluster_occupations import ListCareerClusterOccupations

        return ListCareerClusterOccupations(self._client)

    @property
    def list_career_clusters(self) -> ListCareerClusters:
        """Career Cluster listing."""
        from .list_career_clusters import ListCareerClusters

        return ListCareerClusters(self._client)

    @property
    def list_career_sub_cluster_occupations(self) -> ListCareerSubClusterOccupations:
        """(Unverified path) Occupations in a sub-cluster."""
        from .list_career_sub_cluster_occupations import ListCareerSubClusterOccupations

        return ListCareerSubClusterOccupations(self._client)

    @property
    def list_hot_technologies(self) -> ListHotTechnologies:
        """(Unverified path) Hot Technologies listing (site-wide)."""
        from .list_hot_technologies import ListHotTechnologies

        return ListHotTechnologies(self._client)

    @property
    def list_in_demand_skills(self) -> ListInDemandSkills:
        """(Unverified path) In Demand skills listing (site-wide)."""
        from .list_in_demand_skills import ListInDemandSkills

        return ListInDemandSkills(self._client)

    @property
    def list_job_duties_related_occupations(self) -> ListJobDutiesRelatedOccupations:
        """(Unverified path) Job duties: related occupations for tasks."""
        from .list_job_duties_related_occupations import ListJobDutiesRelatedOccupations

        return ListJobDutiesRelatedOccupations(self._client)

    @property
    def list_job_duties_tasks(self) -> ListJobDutiesTasks:
        """(Unverified path) Job duties: tasks in occupation."""
        from .list_job_duties_tasks import ListJobDutiesTasks

        return ListJobDutiesTasks(self._client)

    @property
    def list_job_families(self) -> ListJobFamilies:
        """(Unverified path) Browse by Job Family / Job Zone / Industry."""
        from .list_job_families import ListJobFamilies

        return ListJobFamilies(self._client)

    @property
    def list_occupation_professional_associations(self) -> ListOccupationProfessionalAssociations:
        """(Unverified path) Related associations for occupation."""
        from .list_occupation_professional_associations import ListOccupationProfessionalAssociations

        return ListOccupationProfessionalAssociations(self._client)

    @property
    def list_occupations(self) -> ListOccupations:
        """See all occupations."""
        from .list_occupations import ListOccupations

        return ListOccupations(self._client)

    @property
    def list_onet_data_element_occupations(self) -> ListOnetDataElementOccupations:
        """O*NET data: occupations for element."""
        from .list_onet_data_element_occupations import ListOnetDataElementOccupations

        return ListOnetDataElementOccupations(self._client)

    @property
    def list_onet_data_elements(self) -> ListOnetDataElements:
        """O*NET data: elements of a descriptor."""
        from .list_onet_data_elements import ListOnetDataElements

        return ListOnetDataElements(self._client)

    @property
    def list_related_activities(self) -> ListRelatedActivities:
        """Related activities: activities in occupation."""
        from .list_related_activities import ListRelatedActivities

        return ListRelatedActivities(self._client)

    @property
    def list_related_activities_occupations(self) -> ListRelatedActivitiesOccupations:
        """(Unverified path) Related activities: related occupations for activities."""
        from .list_related_activities_occupations import ListRelatedActivitiesOccupations

        return ListRelatedActivitiesOccupations(self._client)

    @property
    def list_soft_skills(self) -> ListSoftSkills:
        """Soft skills: skill listing."""
        from .list_soft_skills import ListSoftSkills

        return ListSoftSkills(self._client)

    @property
    def list_soft_skills_occupations(self) -> ListSoftSkillsOccupations:
        """Soft skills: occupations for selected skills."""
        from .list_soft_skills_occupations import ListSoftSkillsOccupations

        return ListSoftSkillsOccupations(self._client)

    @property
    def list_stem_occupation_types(self) -> ListStemOccupationTypes:
        """STEM occupation types."""
        from .list_stem_occupation_types import ListStemOccupationTypes

        return ListStemOccupationTypes(self._client)

    @property
    def list_stem_type_occupations(self) -> ListStemTypeOccupations:
        """Occupations in type."""
        from .list_stem_type_occupations import ListStemTypeOccupations

        return ListStemTypeOccupations(self._client)

    @property
    def list_technology_category_occupations(self) -> ListTechnologyCategoryOccupations:
        """Technology skills: occupations for category."""
        from .list_technology_category_occupations import ListTechnologyCategoryOccupations

        return ListTechnologyCategoryOccupations(self._client)

    @property
    def list_technology_example_occupations(self) -> ListTechnologyExampleOccupations:
        """(Unverified path) Technology skills: occupations for example."""
        from .list_technology_example_occupations import ListTechnologyExampleOccupations

        return ListTechnologyExampleOccupations(self._client)

    @property
    def search_job_duties(self) -> SearchJobDuties:
        """(Unverified path) Job duties: occupation search."""
        from .search_job_duties import SearchJobDuties

        return SearchJobDuties(self._client)

    @property
    def search_military_crosswalk(self) -> SearchMilitaryCrosswalk:
        """Military crosswalk search."""
        from .search_military_crosswalk import SearchMilitaryCrosswalk

        return SearchMilitaryCrosswalk(self._client)

    @property
    def search_occupations(self) -> SearchOccupations:
        """Keyword search."""
        from .search_occupations import SearchOccupations

        return SearchOccupations(self._client)

    @property
    def search_professional_associations(self) -> SearchProfessionalAssociations:
        """(Unverified path) Professional associations: occupation search."""
        from .search_professional_associations import SearchProfessionalAssociations

        return SearchProfessionalAssociations(self._client)

    @property
    def search_related_activities(self) -> SearchRelatedActivities:
        """(Unverified path) Related activities: occupation search."""
        from .search_related_activities import SearchRelatedActivities

        return SearchRelatedActivities(self._client)

    @property
    def search_soc_crosswalk(self) -> SearchSocCrosswalk:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO)."""
        from .search_soc_crosswalk import SearchSocCrosswalk

        return SearchSocCrosswalk(self._client)

    @property
    def search_technology_categories(self) -> SearchTechnologyCategories:
        """Technology skills: category search."""
        from .search_technology_categories import SearchTechnologyCategories

        return SearchTechnologyCategories(self._client)

    @property
    def search_technology_examples(self) -> SearchTechnologyExamples:
        """Technology skills: example search."""
        from .search_technology_examples import SearchTechnologyExamples

        return SearchTechnologyExamples(self._client)


class AsyncOnlineResource(Resource):
    """O*NET OnLine services: search, browse and occupation reports. (async)"""

    __slots__ = ()

    @property
    def get_custom_work_activities_outline(self) -> AsyncGetCustomWorkActivitiesOutline:
        """Work Activities Outline."""
        from .get_custom_work_activities_outline import AsyncGetCustomWorkActivitiesOutline

        return AsyncGetCustomWorkActivitiesOutline(self._client)

    @property
    def get_details_abilities(self) -> AsyncGetDetailsAbilities:
        """Abilities (details report)."""
        from .get_details_abilities import AsyncGetDetailsAbilities

        return AsyncGetDetailsAbilities(self._client)

    @property
    def get_details_apprenticeship(self) -> AsyncGetDetailsApprenticeship:
        """Apprenticeship (details report)."""
        from .get_details_apprenticeship import AsyncGetDetailsApprenticeship

        return AsyncGetDetailsApprenticeship(self._client)

    @property
    def get_details_detailed_work_activities(self) -> AsyncGetDetailsDetailedWorkActivities:
        """Detailed Work Activities (details report)."""
        from .get_details_detailed_work_activities import AsyncGetDetailsDetailedWorkActivities

        return AsyncGetDetailsDetailedWorkActivities(self._client)

    @property
    def get_details_education(self) -> AsyncGetDetailsEducation:
        """Education (details report)."""
        from .get_details_education import AsyncGetDetailsEducation

        return AsyncGetDetailsEducation(self._client)

    @property
    def get_details_interests(self) -> AsyncGetDetailsInterests:
        """Interests (details report)."""
        from .get_details_interests import AsyncGetDetailsInterests

        return AsyncGetDetailsInterests(self._client)

    @property
    def get_details_job_zone(self) -> AsyncGetDetailsJobZone:
        """Job Zone (details report)."""
        from .get_details_job_zone import AsyncGetDetailsJobZone

        return AsyncGetDetailsJobZone(self._client)

    @property
    def get_details_knowledge(self) -> AsyncGetDetailsKnowledge:
        """Knowledge (details report)."""
        from .get_details_knowledge import AsyncGetDetailsKnowledge

        return AsyncGetDetailsKnowledge(self._client)

    @property
    def get_details_military_career_summaries(self) -> AsyncGetDetailsMilitaryCareerSummaries:
        """Military Career Summaries (details report)."""
        from .get_details_military_career_summaries import AsyncGetDetailsMilitaryCareerSummaries

        return AsyncGetDetailsMilitaryCareerSummaries(self._client)

    @property
    def get_details_professional_associations(self) -> AsyncGetDetailsProfessionalAssociations:
        """Professional Associations (details report)."""
        from .get_details_professional_associations import AsyncGetDetailsProfessionalAssociations

        return AsyncGetDetailsProfessionalAssociations(self._client)

    @property
    def get_details_related_occupations(self) -> AsyncGetDetailsRelatedOccupations:
        """Related Occupations (details report)."""
        from .get_details_related_occupations import AsyncGetDetailsRelatedOccupations

        return AsyncGetDetailsRelatedOccupations(self._client)

    @property
    def get_details_skills(self) -> AsyncGetDetailsSkills:
        """Skills (details report)."""
        from .get_details_skills import AsyncGetDetailsSkills

        return AsyncGetDetailsSkills(self._client)

    @property
    def get_details_tasks(self) -> AsyncGetDetailsTasks:
        """Tasks (details report)."""
        from .get_details_tasks import AsyncGetDetailsTasks

        return AsyncGetDetailsTasks(self._client)

    @property
    def get_details_technology_skills(self) -> AsyncGetDetailsTechnologySkills:
        """Technology Skills (details report)."""
        from .get_details_technology_skills import AsyncGetDetailsTechnologySkills

        return AsyncGetDetailsTechnologySkills(self._client)

    @property
    def get_details_tools_used(self) -> AsyncGetDetailsToolsUsed:
        """Tools Used."""
        from .get_details_tools_used import AsyncGetDetailsToolsUsed

        return AsyncGetDetailsToolsUsed(self._client)

    @property
    def get_details_work_activities(self) -> AsyncGetDetailsWorkActivities:
        """Work Activities (details report)."""
        from .get_details_work_activities import AsyncGetDetailsWorkActivities

        return AsyncGetDetailsWorkActivities(self._client)

    @property
    def get_details_work_context(self) -> AsyncGetDetailsWorkContext:
        """Work Context (details report)."""
        from .get_details_work_context import AsyncGetDetailsWorkContext

        return AsyncGetDetailsWorkContext(self._client)

    @property
    def get_details_work_styles(self) -> AsyncGetDetailsWorkStyles:
        """Work Styles (details report)."""
        from .get_details_work_styles import AsyncGetDetailsWorkStyles

        return AsyncGetDetailsWorkStyles(self._client)

    @property
    def get_details_work_values(self) -> AsyncGetDetailsWorkValues:
        """Work Values (details report)."""
        from .get_details_work_values import AsyncGetDetailsWorkValues

        return AsyncGetDetailsWorkValues(self._client)

    @property
    def get_hot_technology(self) -> AsyncGetHotTechnology:
        """Hot Technologies."""
        from .get_hot_technology import AsyncGetHotTechnology

        return AsyncGetHotTechnology(self._client)

    @property
    def get_in_demand_skills(self) -> AsyncGetInDemandSkills:
        """(Unverified path) In Demand skills."""
        from .get_in_demand_skills import AsyncGetInDemandSkills

        return AsyncGetInDemandSkills(self._client)

    @property
    def get_occupation_overview(self) -> AsyncGetOccupationOverview:
        """Occupation overview."""
        from .get_occupation_overview import AsyncGetOccupationOverview

        return AsyncGetOccupationOverview(self._client)

    @property
    def get_summary_abilities(self) -> AsyncGetSummaryAbilities:
        """Abilities (summary report)."""
        from .get_summary_abilities import AsyncGetSummaryAbilities

        return AsyncGetSummaryAbilities(self._client)

    @property
    def get_summary_apprenticeship(self) -> AsyncGetSummaryApprenticeship:
        """Apprenticeship (summary report)."""
        from .get_summary_apprenticeship import AsyncGetSummaryApprenticeship

        return AsyncGetSummaryApprenticeship(self._client)

    @property
    def get_summary_detailed_work_activities(self) -> AsyncGetSummaryDetailedWorkActivities:
        """Detailed Work Activities (summary report)."""
        from .get_summary_detailed_work_activities import AsyncGetSummaryDetailedWorkActivities

        return AsyncGetSummaryDetailedWorkActivities(self._client)

    @property
    def get_summary_education(self) -> AsyncGetSummaryEducation:
        """Education (summary report)."""
        from .get_summary_education import AsyncGetSummaryEducation

        return AsyncGetSummaryEducation(self._client)

    @property
    def get_summary_interests(self) -> AsyncGetSummaryInterests:
        """Interests (summary report)."""
        from .get_summary_interests import AsyncGetSummaryInterests

        return AsyncGetSummaryInterests(self._client)

    @property
    def get_summary_job_zone(self) -> AsyncGetSummaryJobZone:
        """Job Zone (summary report)."""
        from .get_summary_job_zone import AsyncGetSummaryJobZone

        return AsyncGetSummaryJobZone(self._client)

    @property
    def get_summary_knowledge(self) -> AsyncGetSummaryKnowledge:
        """Knowledge (summary report)."""
        from .get_summary_knowledge import AsyncGetSummaryKnowledge

        return AsyncGetSummaryKnowledge(self._client)

    @property
    def get_summary_military_career_summaries(self) -> AsyncGetSummaryMilitaryCareerSummaries:
        """Military Career Summaries (summary report)."""
        from .get_summary_military_career_summaries import AsyncGetSummaryMilitaryCareerSummaries

        return AsyncGetSummaryMilitaryCareerSummaries(self._client)

    @property
    def get_summary_professional_associations(self) -> AsyncGetSummaryProfessionalAssociations:
        """Professional Associations (summary report)."""
        from .get_summary_professional_associations import AsyncGetSummaryProfessionalAssociations

        return AsyncGetSummaryProfessionalAssociations(self._client)

    @property
    def get_summary_related_occupations(self) -> AsyncGetSummaryRelatedOccupations:
        """Related Occupations (summary report)."""
        from .get_summary_related_occupations import AsyncGetSummaryRelatedOccupations

        return AsyncGetSummaryRelatedOccupations(self._client)

    @property
    def get_summary_skills(self) -> AsyncGetSummarySkills:
        """Skills (summary report)."""
        from .get_summary_skills import AsyncGetSummarySkills

        return AsyncGetSummarySkills(self._client)

    @property
    def get_summary_tasks(self) -> AsyncGetSummaryTasks:
        """Tasks (summary report)."""
        from .get_summary_tasks import AsyncGetSummaryTasks

        return AsyncGetSummaryTasks(self._client)

    @property
    def get_summary_technology_skills(self) -> AsyncGetSummaryTechnologySkills:
        """Technology Skills (summary report)."""
        from .get_summary_technology_skills import AsyncGetSummaryTechnologySkills

        return AsyncGetSummaryTechnologySkills(self._client)

    @property
    def get_summary_work_activities(self) -> AsyncGetSummaryWorkActivities:
        """Work Activities (summary report)."""
        from .get_summary_work_activities import AsyncGetSummaryWorkActivities

        return AsyncGetSummaryWorkActivities(self._client)

    @property
    def get_summary_work_context(self) -> AsyncGetSummaryWorkContext:
        """Work Context (summary report)."""
        from .get_summary_work_context import AsyncGetSummaryWorkContext

        return AsyncGetSummaryWorkContext(self._client)

    @property
    def get_summary_work_styles(self) -> AsyncGetSummaryWorkStyles:
        """Work Styles (summary report)."""
        from .get_summary_work_styles import AsyncGetSummaryWorkStyles

        return AsyncGetSummaryWorkStyles(self._client)

    @property
    def get_summary_work_values(self) -> AsyncGetSummaryWorkValues:
        """Work Values (summary report)."""
        from .get_summary_work_values import AsyncGetSummaryWorkValues

        return AsyncGetSummaryWorkValues(self._client)

    @property
    def list_all_bright_outlook_occupations(self) -> AsyncListAllBrightOutlookOccupations:
        """All Bright Outlook occupations."""
        from .list_all_bright_outlook_occupations import AsyncListAllBrightOutlookOccupations

        return AsyncListAllBrightOutlookOccupations(self._client)

    @property
    def list_all_career_cluster_occupations(self) -> AsyncListAllCareerClusterOccupations:
        """Occupations in all Career Clusters."""
        from .list_all_career_cluster_occupations import AsyncListAllCareerClusterOccupations

        return AsyncListAllCareerClusterOccupations(self._client)

    @property
    def list_all_professional_associations(self) -> AsyncListAllProfessionalAssociations:
        """(Unverified path) Associations across all occupations."""
        from .list_all_professional_associations import AsyncListAllProfessionalAssociations

        return AsyncListAllProfessionalAssociations(self._client)

    @property
    def list_all_stem_occupations(self) -> AsyncListAllStemOccupations:
        """All STEM occupations."""
        from .list_all_stem_occupations import AsyncListAllStemOccupations

        return AsyncListAllStemOccupations(self._client)

    @property
    def list_apprenticeship_occupations(self) -> AsyncListApprenticeshipOccupations:
        """(Unverified path) Apprenticeship listing."""
        from .list_apprenticeship_occupations import AsyncListApprenticeshipOccupations

        return AsyncListApprenticeshipOccupations(self._client)

    @property
    def list_bright_outlook_categories(self) -> AsyncListBrightOutlookCategories:
        """Bright Outlook category listing."""
        from .list_bright_outlook_categories import AsyncListBrightOutlookCategories

        return AsyncListBrightOutlookCategories(self._client)

    @property
    def list_bright_outlook_category_occupations(self) -> AsyncListBrightOutlookCategoryOccupations:
        """Occupations in a Bright Outlook category."""
        from .list_bright_outlook_category_occupations import AsyncListBrightOutlookCategoryOccupations

        return AsyncListBrightOutlookCategoryOccupations(self._client)

    @property
    def list_career_cluster_occupations(self) -> AsyncListCareerClusterOccupations:
        """Occupations in a Career Cluster."""
        from .list_career_cluster_occupations import AsyncListCareerClusterOccupations

        return AsyncListCareerClusterOccupations(self._client)

    @property
    def list_career_clusters(self) -> AsyncListCareerClusters:
        """Career Cluster listing."""
        from .list_career_clusters import AsyncListCareerClusters

        return AsyncListCareerClusters(self._client)

    @property
    def list_career_sub_cluster_occupations(self) -> AsyncListCareerSubClusterOccupations:
        """(Unverified path) Occupations in a sub-cluster."""
        from .list_career_sub_cluster_occupations import AsyncListCareerSubClusterOccupations

        return AsyncListCareerSubClusterOccupations(self._client)

    @property
    def list_hot_technologies(self) -> AsyncListHotTechnologies:
        """(Unverified path) Hot Technologies listing (site-wide)."""
        from .list_hot_technologies import AsyncListHotTechnologies

        return AsyncListHotTechnologies(self._client)

    @property
    def list_in_demand_skills(self) -> AsyncListInDemandSkills:
        """(Unverified path) In Demand skills listing (site-wide)."""
        from .list_in_demand_skills import AsyncListInDemandSkills

        return AsyncListInDemandSkills(self._client)

    @property
    def list_job_duties_related_occupations(self) -> AsyncListJobDutiesRelatedOccupations:
        """(Unverified path) Job duties: related occupations for tasks."""
        from .list_job_duties_related_occupations import AsyncListJobDutiesRelatedOccupations

        return AsyncListJobDutiesRelatedOccupations(self._client)

    @property
    def list_job_duties_tasks(self) -> AsyncListJobDutiesTasks:
        """(Unverified path) Job duties: tasks in occupation."""
        from .list_job_duties_tasks import AsyncListJobDutiesTasks

        return AsyncListJobDutiesTasks(self._client)

    @property
    def list_job_families(self) -> AsyncListJobFamilies:
        """(Unverified path) Browse by Job Family / Job Zone / Industry."""
        from .list_job_families import AsyncListJobFamilies

        return AsyncListJobFamilies(self._client)

    @property
    def list_occupation_professional_associations(self) -> AsyncListOccupationProfessionalAssociations:
        """(Unverified path) Related associations for occupation."""
        from .list_occupation_professional_associations import AsyncListOccupationProfessionalAssociations

        return AsyncListOccupationProfessionalAssociations(self._client)

    @property
    def list_occupations(self) -> AsyncListOccupations:
        """See all occupations."""
        from .list_occupations import AsyncListOccupations

        return AsyncListOccupations(self._client)

    @property
    def list_onet_data_element_occupations(self) -> AsyncListOnetDataElementOccupations:
        """O*NET data: occupations for element."""
        from .list_onet_data_element_occupations import AsyncListOnetDataElementOccupations

        return AsyncListOnetDataElementOccupations(self._client)

    @property
    def list_onet_data_elements(self) -> AsyncListOnetDataElements:
        """O*NET data: elements of a descriptor."""
        from .list_onet_data_elements import AsyncListOnetDataElements

        return AsyncListOnetDataElements(self._client)

    @property
    def list_related_activities(self) -> AsyncListRelatedActivities:
        """Related activities: activities in occupation."""
        from .list_related_activities import AsyncListRelatedActivities

        return AsyncListRelatedActivities(self._client)

    @property
    def list_related_activities_occupations(self) -> AsyncListRelatedActivitiesOccupations:
        """(Unverified path) Related activities: related occupations for activities."""
        from .list_related_activities_occupations import AsyncListRelatedActivitiesOccupations

        return AsyncListRelatedActivitiesOccupations(self._client)

    @property
    def list_soft_skills(self) -> AsyncListSoftSkills:
        """Soft skills: skill listing."""
        from .list_soft_skills import AsyncListSoftSkills

        return AsyncListSoftSkills(self._client)

    @property
    def list_soft_skills_occupations(self) -> AsyncListSoftSkillsOccupations:
        """Soft skills: occupations for selected skills."""
        from .list_soft_skills_occupations import AsyncListSoftSkillsOccupations

        return AsyncListSoftSkillsOccupations(self._client)

    @property
    def list_stem_occupation_types(self) -> AsyncListStemOccupationTypes:
        """STEM occupation types."""
        from .list_stem_occupation_types import AsyncListStemOccupationTypes

        return AsyncListStemOccupationTypes(self._client)

    @property
    def list_stem_type_occupations(self) -> AsyncListStemTypeOccupations:
        """Occupations in type."""
        from .list_stem_type_occupations import AsyncListStemTypeOccupations

        return AsyncListStemTypeOccupations(self._client)

    @property
    def list_technology_category_occupations(self) -> AsyncListTechnologyCategoryOccupations:
        """Technology skills: occupations for category."""
        from .list_technology_category_occupations import AsyncListTechnologyCategoryOccupations

        return AsyncListTechnologyCategoryOccupations(self._client)

    @property
    def list_technology_example_occupations(self) -> AsyncListTechnologyExampleOccupations:
        """(Unverified path) Technology skills: occupations for example."""
        from .list_technology_example_occupations import AsyncListTechnologyExampleOccupations

        return AsyncListTechnologyExampleOccupations(self._client)

    @property
    def search_job_duties(self) -> AsyncSearchJobDuties:
        """(Unverified path) Job duties: occupation search."""
        from .search_job_duties import AsyncSearchJobDuties

        return AsyncSearchJobDuties(self._client)

    @property
    def search_military_crosswalk(self) -> AsyncSearchMilitaryCrosswalk:
        """Military crosswalk search."""
        from .search_military_crosswalk import AsyncSearchMilitaryCrosswalk

        return AsyncSearchMilitaryCrosswalk(self._client)

    @property
    def search_occupations(self) -> AsyncSearchOccupations:
        """Keyword search."""
        from .search_occupations import AsyncSearchOccupations

        return AsyncSearchOccupations(self._client)

    @property
    def search_professional_associations(self) -> AsyncSearchProfessionalAssociations:
        """(Unverified path) Professional associations: occupation search."""
        from .search_professional_associations import AsyncSearchProfessionalAssociations

        return AsyncSearchProfessionalAssociations(self._client)

    @property
    def search_related_activities(self) -> AsyncSearchRelatedActivities:
        """(Unverified path) Related activities: occupation search."""
        from .search_related_activities import AsyncSearchRelatedActivities

        return AsyncSearchRelatedActivities(self._client)

    @property
    def search_soc_crosswalk(self) -> AsyncSearchSocCrosswalk:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO)."""
        from .search_soc_crosswalk import AsyncSearchSocCrosswalk

        return AsyncSearchSocCrosswalk(self._client)

    @property
    def search_technology_categories(self) -> AsyncSearchTechnologyCategories:
        """Technology skills: category search."""
        from .search_technology_categories import AsyncSearchTechnologyCategories

        return AsyncSearchTechnologyCategories(self._client)

    @property
    def search_technology_examples(self) -> AsyncSearchTechnologyExamples:
        """Technology skills: example search."""
        from .search_technology_examples import AsyncSearchTechnologyExamples

        return AsyncSearchTechnologyExamples(self._client)
