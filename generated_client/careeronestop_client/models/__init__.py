"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ajc_service import AjcService
    from .american_job_center import AmericanJobCenter
    from .american_job_centers_response import AmericanJobCentersResponse
    from .apprenticeship_offices_response import ApprenticeshipOfficesResponse
    from .career_video import CareerVideo
    from .cert_accred_agency_legend_entry import CertAccredAgencyLegendEntry
    from .cert_accreditation import CertAccreditation
    from .certification import Certification
    from .certification_detail_response import CertificationDetailResponse
    from .certification_exam_detail import CertificationExamDetail
    from .certifications_response import CertificationsResponse
    from .data_level_only import DataLevelOnly
    from .detailed_work_activity import DetailedWorkActivity
    from .education_attainment_share import EducationAttainmentShare
    from .education_training import EducationTraining
    from .employment_pattern_sort_column import EmploymentPatternSortColumn
    from .employment_patterns_response import EmploymentPatternsResponse
    from .error_message import ErrorMessage
    from .facet_counts import FacetCounts
    from .industry_employment_row import IndustryEmploymentRow
    from .job_company_facet import JobCompanyFacet
    from .job_description_education import JobDescriptionEducation
    from .job_description_purpose import JobDescriptionPurpose
    from .job_description_response import JobDescriptionResponse
    from .job_description_skill import JobDescriptionSkill
    from .job_detail import JobDetail
    from .job_detail_v1 import JobDetailV1
    from .job_location_facet import JobLocationFacet
    from .job_posting import JobPosting
    from .job_posting_v2 import JobPostingV2
    from .job_search_echo import JobSearchEcho
    from .job_search_response import JobSearchResponse
    from .job_search_v2_response import JobSearchV2Response
    from .labor_market_snapshot import LaborMarketSnapshot
    from .license_ import License
    from .license_detail_response import LicenseDetailResponse
    from .license_query_interpretation import LicenseQueryInterpretation
    from .licenses_response import LicensesResponse
    from .licensing_agency import LicensingAgency
    from .lmi_response import LmiResponse
    from .location_validation_response import LocationValidationResponse
    from .matrix_occupation import MatrixOccupation
    from .metadata_data_source import MetadataDataSource
    from .name_value_pair import NameValuePair
    from .occupation_detail import OccupationDetail
    from .occupation_details_response import OccupationDetailsResponse
    from .occupation_keyword_search_response import OccupationKeywordSearchResponse
    from .occupation_projections import OccupationProjections
    from .occupation_report_type import OccupationReportType
    from .occupation_summary import OccupationSummary
    from .occupation_task import OccupationTask
    from .occupation_wages import OccupationWages
    from .occupations_report_response import OccupationsReportResponse
    from .onet_element_score import OnetElementScore
    from .outlook_handbook_link import OutlookHandbookLink
    from .professional_associations_response import ProfessionalAssociationsResponse
    from .projection_row import ProjectionRow
    from .related_onet_titles import RelatedOnetTitles
    from .response_metadata import ResponseMetadata
    from .salary_comparison_input import SalaryComparisonInput
    from .salary_comparison_location import SalaryComparisonLocation
    from .salary_comparison_occupation import SalaryComparisonOccupation
    from .salary_comparison_occupation_group import SalaryComparisonOccupationGroup
    from .salary_comparison_response import SalaryComparisonResponse
    from .salary_details_response import SalaryDetailsResponse
    from .salary_occupation_detail import SalaryOccupationDetail
    from .scholarships_response import ScholarshipsResponse
    from .skill_rating import SkillRating
    from .skills_gap_item import SkillsGapItem
    from .skills_gap_response import SkillsGapResponse
    from .skills_match_item import SkillsMatchItem
    from .skills_match_occupation import SkillsMatchOccupation
    from .skills_match_occupations_response import SkillsMatchOccupationsResponse
    from .skills_matcher_question import SkillsMatcherQuestion
    from .skills_matcher_questions_response import SkillsMatcherQuestionsResponse
    from .skills_matcher_ranked_occupation import SkillsMatcherRankedOccupation
    from .skills_matcher_results_response import SkillsMatcherResultsResponse
    from .skills_matcher_submission import SkillsMatcherSubmission
    from .soc_info import SocInfo
    from .sort_direction import SortDirection
    from .state_resources_links import StateResourcesLinks
    from .state_web_resource import StateWebResource
    from .taaccct_program_of_study_response import TaaccctProgramOfStudyResponse
    from .tech_tool_category import TechToolCategory
    from .tech_tool_example import TechToolExample
    from .technology_group import TechnologyGroup
    from .tool_group import ToolGroup
    from .tools_and_technology import ToolsAndTechnology
    from .tools_and_technology_response import ToolsAndTechnologyResponse
    from .top_work_value import TopWorkValue
    from .training_program import TrainingProgram
    from .training_program_detail_response import TrainingProgramDetailResponse
    from .training_program_v1 import TrainingProgramV1
    from .training_programs_response import TrainingProgramsResponse
    from .training_programs_v1_response import TrainingProgramsV1Response
    from .unemployment_rate_row import UnemploymentRateRow
    from .unemployment_rates_response import UnemploymentRatesResponse
    from .unemployment_type import UnemploymentType
    from .wage_percentiles import WagePercentiles
    from .workforce_board_response import WorkforceBoardResponse

__all__ = (
    "AjcService",
    "AmericanJobCenter",
    "AmericanJobCentersResponse",
    "ApprenticeshipOfficesResponse",
    "CareerVideo",
    "CertAccredAgencyLegendEntry",
    "CertAccreditation",
    "Certification",
    "CertificationDetailResponse",
    "CertificationExamDetail",
    "CertificationsResponse",
    "DataLevelOnly",
    "DetailedWorkActivity",
    "EducationAttainmentShare",
    "EducationTraining",
    "EmploymentPatternSortColumn",
    "EmploymentPatternsResponse",
    "ErrorMessage",
    "FacetCounts",
    "IndustryEmploymentRow",
    "JobCompanyFacet",
    "JobDescriptionEducation",
    "JobDescriptionPurpose",
    "JobDescriptionResponse",
    "JobDescriptionSkill",
    "JobDetail",
    "JobDetailV1",
    "JobLocationFacet",
    "JobPosting",
    "JobPostingV2",
    "JobSearchEcho",
    "JobSearchResponse",
    "JobSearchV2Response",
    "LaborMarketSnapshot",
    "License",
    "LicenseDetailResponse",
    "LicenseQueryInterpretation",
    "LicensesResponse",
    "LicensingAgency",
    "LmiResponse",
    "LocationValidationResponse",
    "MatrixOccupation",
    "MetadataDataSource",
    "NameValuePair",
    "OccupationDetail",
    "OccupationDetailsResponse",
    "OccupationKeywordSearchResponse",
    "OccupationProjections",
    "OccupationReportType",
    "OccupationsReportResponse",
    "OccupationSummary",
    "OccupationTask",
    "OccupationWages",
    "OnetElementScore",
    "OutlookHandbookLink",
    "ProfessionalAssociationsResponse",
    "ProjectionRow",
    "RelatedOnetTitles",
    "ResponseMetadata",
    "SalaryComparisonInput",
    "SalaryComparisonLocation",
    "SalaryComparisonOccupation",
    "SalaryComparisonOccupationGroup",
    "SalaryComparisonResponse",
    "SalaryDetailsResponse",
    "SalaryOccupationDetail",
    "ScholarshipsResponse",
    "SkillRating",
    "SkillsGapItem",
    "SkillsGapResponse",
    "SkillsMatcherQuestion",
    "SkillsMatcherQuestionsResponse",
    "SkillsMatcherRankedOccupation",
    "SkillsMatcherResultsResponse",
    "SkillsMatcherSubmission",
    "SkillsMatchItem",
    "SkillsMatchOccupation",
    "SkillsMatchOccupationsResponse",
    "SocInfo",
    "SortDirection",
    "StateResourcesLinks",
    "StateWebResource",
    "TaaccctProgramOfStudyResponse",
    "TechnologyGroup",
    "TechToolCategory",
    "TechToolExample",
    "ToolGroup",
    "ToolsAndTechnology",
    "ToolsAndTechnologyResponse",
    "TopWorkValue",
    "TrainingProgram",
    "TrainingProgramDetailResponse",
    "TrainingProgramsResponse",
    "TrainingProgramsV1Response",
    "TrainingProgramV1",
    "UnemploymentRateRow",
    "UnemploymentRatesResponse",
    "UnemploymentType",
    "WagePercentiles",
    "WorkforceBoardResponse",
)

_MODULES = {
    "AjcService": ".ajc_service",
    "AmericanJobCenter": ".american_job_center",
    "AmericanJobCentersResponse": ".american_job_centers_response",
    "ApprenticeshipOfficesResponse": ".apprenticeship_offices_response",
    "CareerVideo": ".career_video",
    "CertAccredAgencyLegendEntry": ".cert_accred_agency_legend_entry",
    "CertAccreditation": ".cert_accreditation",
    "Certification": ".certification",
    "CertificationDetailResponse": ".certification_detail_response",
    "CertificationExamDetail": ".certification_exam_detail",
    "CertificationsResponse": ".certifications_response",
    "DataLevelOnly": ".data_level_only",
    "DetailedWorkActivity": ".detailed_work_activity",
    "EducationAttainmentShare": ".education_attainment_share",
    "EducationTraining": ".education_training",
    "EmploymentPatternSortColumn": ".employment_pattern_sort_column",
    "EmploymentPatternsResponse": ".employment_patterns_response",
    "ErrorMessage": ".error_message",
    "FacetCounts": ".facet_counts",
    "IndustryEmploymentRow": ".industry_employment_row",
    "JobCompanyFacet": ".job_company_facet",
    "JobDescriptionEducation": ".job_description_education",
    "JobDescriptionPurpose": ".job_description_purpose",
    "JobDescriptionResponse": ".job_description_response",
    "JobDescriptionSkill": ".job_description_skill",
    "JobDetail": ".job_detail",
    "JobDetailV1": ".job_detail_v1",
    "JobLocationFacet": ".job_location_facet",
    "JobPosting": ".job_posting",
    "JobPostingV2": ".job_posting_v2",
    "JobSearchEcho": ".job_search_echo",
    "JobSearchResponse": ".job_search_response",
    "JobSearchV2Response": ".job_search_v2_response",
    "LaborMarketSnapshot": ".labor_market_snapshot",
    "License": ".license_",
    "LicenseDetailResponse": ".license_detail_response",
    "LicenseQueryInterpretation": ".license_query_interpretation",
    "LicensesResponse": ".licenses_response",
    "LicensingAgency": ".licensing_agency",
    "LmiResponse": ".lmi_response",
    "LocationValidationResponse": ".location_validation_response",
    "MatrixOccupation": ".matrix_occupation",
    "MetadataDataSource": ".metadata_data_source",
    "NameValuePair": ".name_value_pair",
    "OccupationDetail": ".occupation_detail",
    "OccupationDetailsResponse": ".occupation_details_response",
    "OccupationKeywordSearchResponse": ".occupation_keyword_search_response",
    "OccupationProjections": ".occupation_projections",
    "OccupationReportType": ".occupation_report_type",
    "OccupationSummary": ".occupation_summary",
    "OccupationTask": ".occupation_task",
    "OccupationWages": ".occupation_wages",
    "OccupationsReportResponse": ".occupations_report_response",
    "OnetElementScore": ".onet_element_score",
    "OutlookHandbookLink": ".outlook_handbook_link",
    "ProfessionalAssociationsResponse": ".professional_associations_response",
    "ProjectionRow": ".projection_row",
    "RelatedOnetTitles": ".related_onet_titles",
    "ResponseMetadata": ".response_metadata",
    "SalaryComparisonInput": ".salary_comparison_input",
    "SalaryComparisonLocation": ".salary_comparison_location",
    "SalaryComparisonOccupation": ".salary_comparison_occupation",
    "SalaryComparisonOccupationGroup": ".salary_comparison_occupation_group",
    "SalaryComparisonResponse": ".salary_comparison_response",
    "SalaryDetailsResponse": ".salary_details_response",
    "SalaryOccupationDetail": ".salary_occupation_detail",
    "ScholarshipsResponse": ".scholarships_response",
    "SkillRating": ".skill_rating",
    "SkillsGapItem": ".skills_gap_item",
    "SkillsGapResponse": ".skills_gap_response",
    "SkillsMatchItem": ".skills_match_item",
    "SkillsMatchOccupation": ".skills_match_occupation",
    "SkillsMatchOccupationsResponse": ".skills_match_occupations_response",
    "SkillsMatcherQuestion": ".skills_matcher_question",
    "SkillsMatcherQuestionsResponse": ".skills_matcher_questions_response",
    "SkillsMatcherRankedOccupation": ".skills_matcher_ranked_occupation",
    "SkillsMatcherResultsResponse": ".skills_matcher_results_response",
    "SkillsMatcherSubmission": ".skills_matcher_submission",
    "SocInfo": ".soc_info",
    "SortDirection": ".sort_direction",
    "StateResourcesLinks": ".state_resources_links",
    "StateWebResource": ".state_web_resource",
    "TaaccctProgramOfStudyResponse": ".taaccct_program_of_study_response",
    "TechToolCategory": ".tech_tool_category",
    "TechToolExample": ".tech_tool_example",
    "TechnologyGroup": ".technology_group",
    "ToolGroup": ".tool_group",
    "ToolsAndTechnology": ".tools_and_technology",
    "ToolsAndTechnologyResponse": ".tools_and_technology_response",
    "TopWorkValue": ".top_work_value",
    "TrainingProgram": ".training_program",
    "TrainingProgramDetailResponse": ".training_program_detail_response",
    "TrainingProgramV1": ".training_program_v1",
    "TrainingProgramsResponse": ".training_programs_response",
    "TrainingProgramsV1Response": ".training_programs_v1_response",
    "UnemploymentRateRow": ".unemployment_rate_row",
    "UnemploymentRatesResponse": ".unemployment_rates_response",
    "UnemploymentType": ".unemployment_type",
    "WagePercentiles": ".wage_percentiles",
    "WorkforceBoardResponse": ".workforce_board_response",
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
