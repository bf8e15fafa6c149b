"""Mi Próximo Paso services (Spanish My Next Move).

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "mpp_get_career_abilities",
    "mpp_get_career_check_out_my_state",
    "mpp_get_career_education",
    "mpp_get_career_explore_more",
    "mpp_get_career_job_outlook",
    "mpp_get_career_knowledge",
    "mpp_get_career_overview",
    "mpp_get_career_personality",
    "mpp_get_career_skills",
    "mpp_get_interest_profiler_careers",
    "mpp_get_interest_profiler_interest_careers",
    "mpp_get_interest_profiler_questions",
    "mpp_get_interest_profiler_questions_30",
    "mpp_get_interest_profiler_results",
    "mpp_list_careers",
    "mpp_list_industries",
    "mpp_list_industry_careers_most",
    "mpp_list_industry_careers_some",
    "mpp_list_interest_profiler_interests",
    "mpp_list_interest_profiler_job_zones",
    "mpp_search_careers",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
