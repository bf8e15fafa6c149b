"""Mi Próximo Paso services (Spanish My Next Move).

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "get_mpp_career_abilities",
    "get_mpp_career_check_out_my_state",
    "get_mpp_career_education",
    "get_mpp_career_explore_more",
    "get_mpp_career_job_outlook",
    "get_mpp_career_knowledge",
    "get_mpp_career_overview",
    "get_mpp_career_personality",
    "get_mpp_career_skills",
    "get_mpp_interest_profiler_careers",
    "get_mpp_interest_profiler_interest_careers",
    "get_mpp_interest_profiler_questions",
    "get_mpp_interest_profiler_questions_30",
    "get_mpp_interest_profiler_results",
    "list_mpp_careers",
    "list_mpp_industries",
    "list_mpp_industry_careers_most",
    "list_mpp_industry_careers_some",
    "list_mpp_interest_profiler_interests",
    "list_mpp_interest_profiler_job_zones",
    "search_mpp_careers",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
