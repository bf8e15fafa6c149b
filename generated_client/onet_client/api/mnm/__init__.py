"""My Next Move services.

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "mnm_get_career_abilities",
    "mnm_get_career_check_out_my_state",
    "mnm_get_career_education",
    "mnm_get_career_explore_more",
    "mnm_get_career_job_outlook",
    "mnm_get_career_knowledge",
    "mnm_get_career_overview",
    "mnm_get_career_personality",
    "mnm_get_career_skills",
    "mnm_get_career_technology",
    "mnm_get_interest_profiler_careers",
    "mnm_get_interest_profiler_interest_careers",
    "mnm_get_interest_profiler_questions",
    "mnm_get_interest_profiler_questions_30",
    "mnm_get_interest_profiler_results",
    "mnm_list_careers",
    "mnm_list_industries",
    "mnm_list_industry_careers_most",
    "mnm_list_industry_careers_some",
    "mnm_list_interest_profiler_interests",
    "mnm_list_interest_profiler_job_zones",
    "mnm_search_careers",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
