"""O*NET OnLine services: search, browse and occupation reports.

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "get_custom_work_activities_outline",
    "get_details_abilities",
    "get_details_apprenticeship",
    "get_details_detailed_work_activities",
    "get_details_education",
    "get_details_interests",
    "get_details_job_zone",
    "get_details_knowledge",
    "get_details_military_career_summaries",
    "get_details_professional_associations",
    "get_details_related_occupations",
    "get_details_skills",
    "get_details_tasks",
    "get_details_technology_skills",
    "get_details_tools_used",
    "get_details_work_activities",
    "get_details_work_context",
    "get_details_work_styles",
    "get_details_work_values",
    "get_hot_technology",
    "get_in_demand_skills",
    "get_occupation_overview",
    "get_summary_abilities",
    "get_summary_apprenticeship",
    "get_summary_detailed_work_activities",
    "get_summary_education",
    "get_summary_interests",
    "get_summary_job_zone",
    "get_summary_knowledge",
    "get_summary_military_career_summaries",
    "get_summary_professional_associations",
    "get_summary_related_occupations",
    "get_summary_skills",
    "get_summary_tasks",
    "get_summary_technology_skills",
    "get_summary_work_activities",
    "get_summary_work_context",
    "get_summary_work_styles",
    "get_summary_work_values",
    "keyword_search",
    "list_all_bright_outlook_occupations",
    "list_all_career_cluster_occupations",
    "list_all_professional_associations",
    "list_all_stem_occupations",
    "list_apprenticeship_occupations",
    "list_bright_outlook_categories",
    "list_bright_outlook_category_occupations",
    "list_career_cluster_occupations",
    "list_career_clusters",
    "list_career_sub_cluster_occupations",
    "list_hot_technologies",
    "list_in_demand_skills",
    "list_job_duties_related_occupations",
    "list_job_duties_tasks",
    "list_job_families",
    "list_occupation_professional_associations",
    "list_occupations",
    "list_onet_data_element_occupations",
    "list_onet_data_elements",
    "list_related_activities",
    "list_related_activities_occupations",
    "list_soft_skills",
    "list_soft_skills_occupations",
    "list_stem_occupation_types",
    "list_stem_type_occupations",
    "list_technology_category_occupations",
    "list_technology_example_occupations",
    "search_job_duties",
    "search_military_crosswalk",
    "search_professional_associations",
    "search_related_activities",
    "search_soc_crosswalk",
    "search_technology_categories",
    "search_technology_examples",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
