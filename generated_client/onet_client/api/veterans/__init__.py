"""My Next Move for Veterans services.

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "veterans_get_career_abilities",
    "veterans_get_career_check_out_my_state",
    "veterans_get_career_education",
    "veterans_get_career_explore_more",
    "veterans_get_career_in_the_military",
    "veterans_get_career_job_outlook",
    "veterans_get_career_knowledge",
    "veterans_get_career_overview",
    "veterans_get_career_personality",
    "veterans_get_career_skills",
    "veterans_get_career_technology",
    "veterans_list_careers",
    "veterans_list_industries",
    "veterans_list_industry_careers_most",
    "veterans_list_industry_careers_some",
    "veterans_military_search",
    "veterans_search_careers",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
