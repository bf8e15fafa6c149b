"""Contains all the data models used in inputs/outputs"""

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
