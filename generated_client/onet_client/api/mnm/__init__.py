"""My Next Move services.

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "get_mnm_career_abilities",
    "get_mnm_career_check_out_my_state",
    "get_mnm_career_education",
    "get_mnm_career_explore_more",
    "get_mnm_career_job_outlook",
    "get_mnm_career_knowledge",
    "get_mnm_career_overview",
    "get_mnm_career_personality",
    "get_mnm_career_skills",
    "get_mnm_career_technology",
    "get_mnm_interest_profiler_careers",
    "get_mnm_interest_profiler_interest_careers",
    "get_mnm_interest_profiler_questions",
    "get_mnm_interest_profiler_questions_30",
    "get_mnm_interest_profiler_results",
    "list_mnm_careers",
    "list_mnm_industries",
    "list_mnm_industry_careers_most",
    "list_mnm_industry_careers_some",
    "list_mnm_interest_profiler_interests",
    "list_mnm_interest_profiler_job_zones",
    "search_mnm_careers",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
