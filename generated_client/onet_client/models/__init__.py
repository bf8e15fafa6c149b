"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .about_release_info import AboutReleaseInfo
    from .about_version_info import AboutVersionInfo
    from .apprenticeship_occupation_list import ApprenticeshipOccupationList
    from .bright_outlook_category import BrightOutlookCategory
    from .bright_outlook_occupation_list import BrightOutlookOccupationList
    from .career_also_called import CareerAlsoCalled
    from .career_bright_outlook_reason import CareerBrightOutlookReason
    from .career_check_out_my_state import CareerCheckOutMyState
    from .career_cluster import CareerCluster
    from .career_cluster_occupation import CareerClusterOccupation
    from .career_cluster_occupation_list import CareerClusterOccupationList
    from .career_cluster_ref import CareerClusterRef
    from .career_education import CareerEducation
    from .career_education_job_zone import CareerEducationJobZone
    from .career_element import CareerElement
    from .career_element_group import CareerElementGroup
    from .career_explore_industry import CareerExploreIndustry
    from .career_explore_more import CareerExploreMore
    from .career_industry import CareerIndustry
    from .career_item import CareerItem
    from .career_job_outlook import CareerJobOutlook
    from .career_job_zone_code import CareerJobZoneCode
    from .career_listing import CareerListing
    from .career_outlook import CareerOutlook
    from .career_overview import CareerOverview
    from .career_personality import CareerPersonality
    from .career_salary import CareerSalary
    from .career_state_employment import CareerStateEmployment
    from .career_state_image import CareerStateImage
    from .career_sub_cluster_link import CareerSubClusterLink
    from .career_technology_category import CareerTechnologyCategory
    from .career_technology_example import CareerTechnologyExample
    from .career_top_interest import CareerTopInterest
    from .career_work_style import CareerWorkStyle
    from .content_link import ContentLink
    from .crosswalk_match import CrosswalkMatch
    from .database_column import DatabaseColumn
    from .database_download_links import DatabaseDownloadLinks
    from .database_row import DatabaseRow
    from .database_row_page import DatabaseRowPage
    from .database_table import DatabaseTable
    from .database_table_info import DatabaseTableInfo
    from .error import Error
    from .interest_profiler_answer_option import InterestProfilerAnswerOption
    from .interest_profiler_answer_option_value import InterestProfilerAnswerOptionValue
    from .interest_profiler_answer_scale import InterestProfilerAnswerScale
    from .interest_profiler_area_code import InterestProfilerAreaCode
    from .interest_profiler_career import InterestProfilerCareer
    from .interest_profiler_career_fit import InterestProfilerCareerFit
    from .interest_profiler_careers import InterestProfilerCareers
    from .interest_profiler_interest import InterestProfilerInterest
    from .interest_profiler_job_zone import InterestProfilerJobZone
    from .interest_profiler_question import InterestProfilerQuestion
    from .interest_profiler_questions import InterestProfilerQuestions
    from .interest_profiler_result import InterestProfilerResult
    from .interest_profiler_results import InterestProfilerResults
    from .job_duties_occupation_list import JobDutiesOccupationList
    from .job_duties_occupation_search_results import JobDutiesOccupationSearchResults
    from .job_duties_task import JobDutiesTask
    from .job_family_list_item import JobFamilyListItem
    from .keyword_search_occupation import KeywordSearchOccupation
    from .keyword_search_results import KeywordSearchResults
    from .military_branch_filter import MilitaryBranchFilter
    from .military_career import MilitaryCareer
    from .military_career_match_type import MilitaryCareerMatchType
    from .military_crosswalk_results import MilitaryCrosswalkResults
    from .military_external_info import MilitaryExternalInfo
    from .military_jobs_by_branch import MilitaryJobsByBranch
    from .military_match import MilitaryMatch
    from .military_match_branch import MilitaryMatchBranch
    from .military_search_matches import MilitarySearchMatches
    from .military_search_results import MilitarySearchResults
    from .occupation_bright_outlook_category import OccupationBrightOutlookCategory
    from .occupation_item import OccupationItem
    from .occupation_overview import OccupationOverview
    from .occupation_overview_updated import OccupationOverviewUpdated
    from .occupation_overview_updated_content import OccupationOverviewUpdatedContent
    from .onet_data_element import OnetDataElement
    from .onet_data_occupation_list import OnetDataOccupationList
    from .online_job_family_ref import OnlineJobFamilyRef
    from .online_job_zone_ref import OnlineJobZoneRef
    from .online_occupation_list import OnlineOccupationList
    from .other_crosswalk_results import OtherCrosswalkResults
    from .page_meta import PageMeta
    from .professional_association import ProfessionalAssociation
    from .professional_association_category import ProfessionalAssociationCategory
    from .professional_associations_all_list import ProfessionalAssociationsAllList
    from .professional_associations_for_occupation import ProfessionalAssociationsForOccupation
    from .professional_associations_occupation_search_results import ProfessionalAssociationsOccupationSearchResults
    from .related_activities_dwa import RelatedActivitiesDwa
    from .related_activities_match import RelatedActivitiesMatch
    from .related_activities_occupation import RelatedActivitiesOccupation
    from .related_activities_occupation_list import RelatedActivitiesOccupationList
    from .related_activities_occupation_search_results import RelatedActivitiesOccupationSearchResults
    from .related_activities_results_sort import RelatedActivitiesResultsSort
    from .report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline
    from .report_detailed_work_activity import ReportDetailedWorkActivity
    from .report_details_abilities import ReportDetailsAbilities
    from .report_details_apprenticeship import ReportDetailsApprenticeship
    from .report_details_detailed_work_activities import ReportDetailsDetailedWorkActivities
    from .report_details_education import ReportDetailsEducation
    from .report_details_interests import ReportDetailsInterests
    from .report_details_knowledge import ReportDetailsKnowledge
    from .report_details_military_career_summaries import ReportDetailsMilitaryCareerSummaries
    from .report_details_professional_associations import ReportDetailsProfessionalAssociations
    from .report_details_related_occupations import ReportDetailsRelatedOccupations
    from .report_details_skills import ReportDetailsSkills
    from .report_details_tasks import ReportDetailsTasks
    from .report_details_technology_skills import ReportDetailsTechnologySkills
    from .report_details_tools_used import ReportDetailsToolsUsed
    from .report_details_work_activities import ReportDetailsWorkActivities
    from .report_details_work_context import ReportDetailsWorkContext
    from .report_details_work_styles import ReportDetailsWorkStyles
    from .report_details_work_values import ReportDetailsWorkValues
    from .report_education_details_level import ReportEducationDetailsLevel
    from .report_education_summary_level import ReportEducationSummaryLevel
    from .report_element_details import ReportElementDetails
    from .report_element_summary import ReportElementSummary
    from .report_hot_technology import ReportHotTechnology
    from .report_in_demand_skills import ReportInDemandSkills
    from .report_interest_details import ReportInterestDetails
    from .report_interest_details_name import ReportInterestDetailsName
    from .report_job_zone import ReportJobZone
    from .report_job_zone_code import ReportJobZoneCode
    from .report_military_career_summary import ReportMilitaryCareerSummary
    from .report_professional_association import ReportProfessionalAssociation
    from .report_professional_association_category import ReportProfessionalAssociationCategory
    from .report_professional_association_category_code import ReportProfessionalAssociationCategoryCode
    from .report_related_occupation import ReportRelatedOccupation
    from .report_resource_pointer import ReportResourcePointer
    from .report_summary_abilities import ReportSummaryAbilities
    from .report_summary_apprenticeship import ReportSummaryApprenticeship
    from .report_summary_detailed_work_activities import ReportSummaryDetailedWorkActivities
    from .report_summary_education import ReportSummaryEducation
    from .report_summary_interests import ReportSummaryInterests
    from .report_summary_knowledge import ReportSummaryKnowledge
    from .report_summary_military_career_summaries import ReportSummaryMilitaryCareerSummaries
    from .report_summary_professional_associations import ReportSummaryProfessionalAssociations
    from .report_summary_related_occupations import ReportSummaryRelatedOccupations
    from .report_summary_skills import ReportSummarySkills
    from .report_summary_tasks import ReportSummaryTasks
    from .report_summary_technology_skills import ReportSummaryTechnologySkills
    from .report_summary_work_activities import ReportSummaryWorkActivities
    from .report_summary_work_context import ReportSummaryWorkContext
    from .report_summary_work_styles import ReportSummaryWorkStyles
    from .report_summary_work_values import ReportSummaryWorkValues
    from .report_task_details import ReportTaskDetails
    from .report_task_details_category import ReportTaskDetailsCategory
    from .report_task_summary import ReportTaskSummary
    from .report_work_context_details_element import ReportWorkContextDetailsElement
    from .report_work_context_response import ReportWorkContextResponse
    from .report_work_context_summary_element import ReportWorkContextSummaryElement
    from .service_index import ServiceIndex
    from .site_hot_technology_list import SiteHotTechnologyList
    from .site_in_demand_list import SiteInDemandList
    from .site_technology_item import SiteTechnologyItem
    from .soft_skill import SoftSkill
    from .soft_skills_occupation_list import SoftSkillsOccupationList
    from .stem_all_occupation import StemAllOccupation
    from .stem_all_occupation_list import StemAllOccupationList
    from .stem_job_family_link import StemJobFamilyLink
    from .stem_occupation_type import StemOccupationType
    from .stem_occupation_type_ref import StemOccupationTypeRef
    from .stem_occupations_sort import StemOccupationsSort
    from .stem_type_occupation import StemTypeOccupation
    from .stem_type_occupation_list import StemTypeOccupationList
    from .stem_type_occupations_sort import StemTypeOccupationsSort
    from .tags import Tags
    from .taxonomy_crosswalk_result import TaxonomyCrosswalkResult
    from .taxonomy_target_occupation import TaxonomyTargetOccupation
    from .technology_category import TechnologyCategory
    from .technology_example import TechnologyExample
    from .technology_search_category import TechnologySearchCategory
    from .technology_search_category_occupation_list import TechnologySearchCategoryOccupationList
    from .technology_search_category_results import TechnologySearchCategoryResults
    from .technology_search_example import TechnologySearchExample
    from .technology_search_example_occupation import TechnologySearchExampleOccupation
    from .technology_search_example_occupation_list import TechnologySearchExampleOccupationList
    from .technology_search_example_results import TechnologySearchExampleResults
    from .tools_used_category import ToolsUsedCategory
    from .tools_used_example import ToolsUsedExample
    from .work_activities_outline_activity import WorkActivitiesOutlineActivity
    from .work_activities_outline_element import WorkActivitiesOutlineElement
    from .work_activities_outline_task import WorkActivitiesOutlineTask

__all__ = (
    "AboutReleaseInfo",
    "AboutVersionInfo",
    "ApprenticeshipOccupationList",
    "BrightOutlookCategory",
    "BrightOutlookOccupationList",
    "CareerAlsoCalled",
    "CareerBrightOutlookReason",
    "CareerCheckOutMyState",
    "CareerCluster",
    "CareerClusterOccupation",
    "CareerClusterOccupationList",
    "CareerClusterRef",
    "CareerEducation",
    "CareerEducationJobZone",
    "CareerElement",
    "CareerElementGroup",
    "CareerExploreIndustry",
    "CareerExploreMore",
    "CareerIndustry",
    "CareerItem",
    "CareerJobOutlook",
    "CareerJobZoneCode",
    "CareerListing",
    "CareerOutlook",
    "CareerOverview",
    "CareerPersonality",
    "CareerSalary",
    "CareerStateEmployment",
    "CareerStateImage",
    "CareerSubClusterLink",
    "CareerTechnologyCategory",
    "CareerTechnologyExample",
    "CareerTopInterest",
    "CareerWorkStyle",
    "ContentLink",
    "CrosswalkMatch",
    "DatabaseColumn",
    "DatabaseDownloadLinks",
    "DatabaseRow",
    "DatabaseRowPage",
    "DatabaseTable",
    "DatabaseTableInfo",
    "Error",
    "InterestProfilerAnswerOption",
    "InterestProfilerAnswerOptionValue",
    "InterestProfilerAnswerScale",
    "InterestProfilerAreaCode",
    "InterestProfilerCareer",
    "InterestProfilerCareerFit",
    "InterestProfilerCareers",
    "InterestProfilerInterest",
    "InterestProfilerJobZone",
    "InterestProfilerQuestion",
    "InterestProfilerQuestions",
    "InterestProfilerResult",
    "InterestProfilerResults",
    "JobDutiesOccupationList",
    "JobDutiesOccupationSearchResults",
    "JobDutiesTask",
    "JobFamilyListItem",
    "KeywordSearchOccupation",
    "KeywordSearchResults",
    "MilitaryBranchFilter",
    "MilitaryCareer",
    "MilitaryCareerMatchType",
    "MilitaryCrosswalkResults",
    "MilitaryExternalInfo",
    "MilitaryJobsByBranch",
    "MilitaryMatch",
    "MilitaryMatchBranch",
    "MilitarySearchMatches",
    "MilitarySearchResults",
    "OccupationBrightOutlookCategory",
    "OccupationItem",
    "OccupationOverview",
    "OccupationOverviewUpdated",
    "OccupationOverviewUpdatedContent",
    "OnetDataElement",
    "OnetDataOccupationList",
    "OnlineJobFamilyRef",
    "OnlineJobZoneRef",
    "OnlineOccupationList",
    "OtherCrosswalkResults",
    "PageMeta",
    "ProfessionalAssociation",
    "ProfessionalAssociationCategory",
    "ProfessionalAssociationsAllList",
    "ProfessionalAssociationsForOccupation",
    "ProfessionalAssociationsOccupationSearchResults",
    "RelatedActivitiesDwa",
    "RelatedActivitiesMatch",
    "RelatedActivitiesOccupation",
    "RelatedActivitiesOccupationList",
    "RelatedActivitiesOccupationSearchResults",
    "RelatedActivitiesResultsSort",
    "ReportCustomWorkActivitiesOutline",
    "ReportDetailedWorkActivity",
    "ReportDetailsAbilities",
    "ReportDetailsApprenticeship",
    "ReportDetailsDetailedWorkActivities",
    "ReportDetailsEducation",
    "ReportDetailsInterests",
    "ReportDetailsKnowledge",
    "ReportDetailsMilitaryCareerSummaries",
    "ReportDetailsProfessionalAssociations",
    "ReportDetailsRelatedOccupations",
    "ReportDetailsSkills",
    "ReportDetailsTasks",
    "ReportDetailsTechnologySkills",
    "ReportDetailsToolsUsed",
    "ReportDetailsWorkActivities",
    "ReportDetailsWorkContext",
    "ReportDetailsWorkStyles",
    "ReportDetailsWorkValues",
    "ReportEducationDetailsLevel",
    "ReportEducationSummaryLevel",
    "ReportElementDetails",
    "ReportElementSummary",
    "ReportHotTechnology",
    "ReportInDemandSkills",
    "ReportInterestDetails",
    "ReportInterestDetailsName",
    "ReportJobZone",
    "ReportJobZoneCode",
    "ReportMilitaryCareerSummary",
    "ReportProfessionalAssociation",
    "ReportProfessionalAssociationCategory",
    "ReportProfessionalAssociationCategoryCode",
    "ReportRelatedOccupation",
    "ReportResourcePointer",
    "ReportSummaryAbilities",
    "ReportSummaryApprenticeship",
    "ReportSummaryDetailedWorkActivities",
    "ReportSummaryEducation",
    "ReportSummaryInterests",
    "ReportSummaryKnowledge",
    "ReportSummaryMilitaryCareerSummaries",
    "ReportSummaryProfessionalAssociations",
    "ReportSummaryRelatedOccupations",
    "ReportSummarySkills",
    "ReportSummaryTasks",
    "ReportSummaryTechnologySkills",
    "ReportSummaryWorkActivities",
    "ReportSummaryWorkContext",
    "ReportSummaryWorkStyles",
    "ReportSummaryWorkValues",
    "ReportTaskDetails",
    "ReportTaskDetailsCategory",
    "ReportTaskSummary",
    "ReportWorkContextDetailsElement",
    "ReportWorkContextResponse",
    "ReportWorkContextSummaryElement",
    "ServiceIndex",
    "SiteHotTechnologyList",
    "SiteInDemandList",
    "SiteTechnologyItem",
    "SoftSkill",
    "SoftSkillsOccupationList",
    "StemAllOccupation",
    "StemAllOccupationList",
    "StemJobFamilyLink",
    "StemOccupationsSort",
    "StemOccupationType",
    "StemOccupationTypeRef",
    "StemTypeOccupation",
    "StemTypeOccupationList",
    "StemTypeOccupationsSort",
    "Tags",
    "TaxonomyCrosswalkResult",
    "TaxonomyTargetOccupation",
    "TechnologyCategory",
    "TechnologyExample",
    "TechnologySearchCategory",
    "TechnologySearchCategoryOccupationList",
    "TechnologySearchCategoryResults",
    "TechnologySearchExample",
    "TechnologySearchExampleOccupation",
    "TechnologySearchExampleOccupationList",
    "TechnologySearchExampleResults",
    "ToolsUsedCategory",
    "ToolsUsedExample",
    "WorkActivitiesOutlineActivity",
    "WorkActivitiesOutlineElement",
    "WorkActivitiesOutlineTask",
)

_MODULES = {
    "AboutReleaseInfo": ".about_release_info",
    "AboutVersionInfo": ".about_version_info",
    "ApprenticeshipOccupationList": ".apprenticeship_occupation_list",
    "BrightOutlookCategory": ".bright_outlook_category",
    "BrightOutlookOccupationList": ".bright_outlook_occupation_list",
    "CareerAlsoCalled": ".career_also_called",
    "CareerBrightOutlookReason": ".career_bright_outlook_reason",
    "CareerCheckOutMyState": ".career_check_out_my_state",
    "CareerCluster": ".career_cluster",
    "CareerClusterOccupation": ".career_cluster_occupation",
    "CareerClusterOccupationList": ".career_cluster_occupation_list",
    "CareerClusterRef": ".career_cluster_ref",
    "CareerEducation": ".career_education",
    "CareerEducationJobZone": ".career_education_job_zone",
    "CareerElement": ".career_element",
    "CareerElementGroup": ".career_element_group",
    "CareerExploreIndustry": ".career_explore_industry",
    "CareerExploreMore": ".career_explore_more",
    "CareerIndustry": ".career_industry",
    "CareerItem": ".career_item",
    "CareerJobOutlook": ".career_job_outlook",
    "CareerJobZoneCode": ".career_job_zone_code",
    "CareerListing": ".career_listing",
    "CareerOutlook": ".career_outlook",
    "CareerOverview": ".career_overview",
    "CareerPersonality": ".career_personality",
    "CareerSalary": ".career_salary",
    "CareerStateEmployment": ".career_state_employment",
    "CareerStateImage": ".career_state_image",
    "CareerSubClusterLink": ".career_sub_cluster_link",
    "CareerTechnologyCategory": ".career_technology_category",
    "CareerTechnologyExample": ".career_technology_example",
    "CareerTopInterest": ".career_top_interest",
    "CareerWorkStyle": ".career_work_style",
    "ContentLink": ".content_link",
    "CrosswalkMatch": ".crosswalk_match",
    "DatabaseColumn": ".database_column",
    "DatabaseDownloadLinks": ".database_download_links",
    "DatabaseRow": ".database_row",
    "DatabaseRowPage": ".database_row_page",
    "DatabaseTable": ".database_table",
    "DatabaseTableInfo": ".database_table_info",
    "Error": ".error",
    "InterestProfilerAnswerOption": ".interest_profiler_answer_option",
    "InterestProfilerAnswerOptionValue": ".interest_profiler_answer_option_value",
    "InterestProfilerAnswerScale": ".interest_profiler_answer_scale",
    "InterestProfilerAreaCode": ".interest_profiler_area_code",
    "InterestProfilerCareer": ".interest_profiler_career",
    "InterestProfilerCareerFit": ".interest_profiler_career_fit",
    "InterestProfilerCareers": ".interest_profiler_careers",
    "InterestProfilerInterest": ".interest_profiler_interest",
    "InterestProfilerJobZone": ".interest_profiler_job_zone",
    "InterestProfilerQuestion": ".interest_profiler_question",
    "InterestProfilerQuestions": ".interest_profiler_questions",
    "InterestProfilerResult": ".interest_profiler_result",
    "InterestProfilerResults": ".interest_profiler_results",
    "JobDutiesOccupationList": ".job_duties_occupation_list",
    "JobDutiesOccupationSearchResults": ".job_duties_occupation_search_results",
    "JobDutiesTask": ".job_duties_task",
    "JobFamilyListItem": ".job_family_list_item",
    "KeywordSearchOccupation": ".keyword_search_occupation",
    "KeywordSearchResults": ".keyword_search_results",
    "MilitaryBranchFilter": ".military_branch_filter",
    "MilitaryCareer": ".military_career",
    "MilitaryCareerMatchType": ".military_career_match_type",
    "MilitaryCrosswalkResults": ".military_crosswalk_results",
    "MilitaryExternalInfo": ".military_external_info",
    "MilitaryJobsByBranch": ".military_jobs_by_branch",
    "MilitaryMatch": ".military_match",
    "MilitaryMatchBranch": ".military_match_branch",
    "MilitarySearchMatches": ".military_search_matches",
    "MilitarySearchResults": ".military_search_results",
    "OccupationBrightOutlookCategory": ".occupation_bright_outlook_category",
    "OccupationItem": ".occupation_item",
    "OccupationOverview": ".occupation_overview",
    "OccupationOverviewUpdated": ".occupation_overview_updated",
    "OccupationOverviewUpdatedContent": ".occupation_overview_updated_content",
    "OnetDataElement": ".onet_data_element",
    "OnetDataOccupationList": ".onet_data_occupation_list",
    "OnlineJobFamilyRef": ".online_job_family_ref",
    "OnlineJobZoneRef": ".online_job_zone_ref",
    "OnlineOccupationList": ".online_occupation_list",
    "OtherCrosswalkResults": ".other_crosswalk_results",
    "PageMeta": ".page_meta",
    "ProfessionalAssociation": ".professional_association",
    "ProfessionalAssociationCategory": ".professional_association_category",
    "ProfessionalAssociationsAllList": ".professional_associations_all_list",
    "ProfessionalAssociationsForOccupation": ".professional_associations_for_occupation",
    "ProfessionalAssociationsOccupationSearchResults": ".professional_associations_occupation_search_results",
    "RelatedActivitiesDwa": ".related_activities_dwa",
    "RelatedActivitiesMatch": ".related_activities_match",
    "RelatedActivitiesOccupation": ".related_activities_occupation",
    "RelatedActivitiesOccupationList": ".related_activities_occupation_list",
    "RelatedActivitiesOccupationSearchResults": ".related_activities_occupation_search_results",
    "RelatedActivitiesResultsSort": ".related_activities_results_sort",
    "ReportCustomWorkActivitiesOutline": ".report_custom_work_activities_outline",
    "ReportDetailedWorkActivity": ".report_detailed_work_activity",
    "ReportDetailsAbilities": ".report_details_abilities",
    "ReportDetailsApprenticeship": ".report_details_apprenticeship",
    "ReportDetailsDetailedWorkActivities": ".report_details_detailed_work_activities",
    "ReportDetailsEducation": ".report_details_education",
    "ReportDetailsInterests": ".report_details_interests",
    "ReportDetailsKnowledge": ".report_details_knowledge",
    "ReportDetailsMilitaryCareerSummaries": ".report_details_military_career_summaries",
    "ReportDetailsProfessionalAssociations": ".report_details_professional_associations",
    "ReportDetailsRelatedOccupations": ".report_details_related_occupations",
    "ReportDetailsSkills": ".report_details_skills",
    "ReportDetailsTasks": ".report_details_tasks",
    "ReportDetailsTechnologySkills": ".report_details_technology_skills",
    "ReportDetailsToolsUsed": ".report_details_tools_used",
    "ReportDetailsWorkActivities": ".report_details_work_activities",
    "ReportDetailsWorkContext": ".report_details_work_context",
    "ReportDetailsWorkStyles": ".report_details_work_styles",
    "ReportDetailsWorkValues": ".report_details_work_values",
    "ReportEducationDetailsLevel": ".report_education_details_level",
    "ReportEducationSummaryLevel": ".report_education_summary_level",
    "ReportElementDetails": ".report_element_details",
    "ReportElementSummary": ".report_element_summary",
    "ReportHotTechnology": ".report_hot_technology",
    "ReportInDemandSkills": ".report_in_demand_skills",
    "ReportInterestDetails": ".report_interest_details",
    "ReportInterestDetailsName": ".report_interest_details_name",
    "ReportJobZone": ".report_job_zone",
    "ReportJobZoneCode": ".report_job_zone_code",
    "ReportMilitaryCareerSummary": ".report_military_career_summary",
    "ReportProfessionalAssociation": ".report_professional_association",
    "ReportProfessionalAssociationCategory": ".report_professional_association_category",
    "ReportProfessionalAssociationCategoryCode": ".report_professional_association_category_code",
    "ReportRelatedOccupation": ".report_related_occupation",
    "ReportResourcePointer": ".report_resource_pointer",
    "ReportSummaryAbilities": ".report_summary_abilities",
    "ReportSummaryApprenticeship": ".report_summary_apprenticeship",
    "ReportSummaryDetailedWorkActivities": ".report_summary_detailed_work_activities",
    "ReportSummaryEducation": ".report_summary_education",
    "ReportSummaryInterests": ".report_summary_interests",
    "ReportSummaryKnowledge": ".report_summary_knowledge",
    "ReportSummaryMilitaryCareerSummaries": ".report_summary_military_career_summaries",
    "ReportSummaryProfessionalAssociations": ".report_summary_professional_associations",
    "ReportSummaryRelatedOccupations": ".report_summary_related_occupations",
    "ReportSummarySkills": ".report_summary_skills",
    "ReportSummaryTasks": ".report_summary_tasks",
    "ReportSummaryTechnologySkills": ".report_summary_technology_skills",
    "ReportSummaryWorkActivities": ".report_summary_work_activities",
    "ReportSummaryWorkContext": ".report_summary_work_context",
    "ReportSummaryWorkStyles": ".report_summary_work_styles",
    "ReportSummaryWorkValues": ".report_summary_work_values",
    "ReportTaskDetails": ".report_task_details",
    "ReportTaskDetailsCategory": ".report_task_details_category",
    "ReportTaskSummary": ".report_task_summary",
    "ReportWorkContextDetailsElement": ".report_work_context_details_element",
    "ReportWorkContextResponse": ".report_work_context_response",
    "ReportWorkContextSummaryElement": ".report_work_context_summary_element",
    "ServiceIndex": ".service_index",
    "SiteHotTechnologyList": ".site_hot_technology_list",
    "SiteInDemandList": ".site_in_demand_list",
    "SiteTechnologyItem": ".site_technology_item",
    "SoftSkill": ".soft_skill",
    "SoftSkillsOccupationList": ".soft_skills_occupation_list",
    "StemAllOccupation": ".stem_all_occupation",
    "StemAllOccupationList": ".stem_all_occupation_list",
    "StemJobFamilyLink": ".stem_job_family_link",
    "StemOccupationType": ".stem_occupation_type",
    "StemOccupationTypeRef": ".stem_occupation_type_ref",
    "StemOccupationsSort": ".stem_occupations_sort",
    "StemTypeOccupation": ".stem_type_occupation",
    "StemTypeOccupationList": ".stem_type_occupation_list",
    "StemTypeOccupationsSort": ".stem_type_occupations_sort",
    "Tags": ".tags",
    "TaxonomyCrosswalkResult": ".taxonomy_crosswalk_result",
    "TaxonomyTargetOccupation": ".taxonomy_target_occupation",
    "TechnologyCategory": ".technology_category",
    "TechnologyExample": ".technology_example",
    "TechnologySearchCategory": ".technology_search_category",
    "TechnologySearchCategoryOccupationList": ".technology_search_category_occupation_list",
    "TechnologySearchCategoryResults": ".technology_search_category_results",
    "TechnologySearchExample": ".technology_search_example",
    "TechnologySearchExampleOccupation": ".technology_search_example_occupation",
    "TechnologySearchExampleOccupationList": ".technology_search_example_occupation_list",
    "TechnologySearchExampleResults": ".technology_search_example_results",
    "ToolsUsedCategory": ".tools_used_category",
    "ToolsUsedExample": ".tools_used_example",
    "WorkActivitiesOutlineActivity": ".work_activities_outline_activity",
    "WorkActivitiesOutlineElement": ".work_activities_outline_element",
    "WorkActivitiesOutlineTask": ".work_activities_outline_task",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """Import the model's module on first access and cache the name in this module."""
        from importlib import import_module

        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
