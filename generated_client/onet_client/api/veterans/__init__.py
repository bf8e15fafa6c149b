"""My Next Move for Veterans services.

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "get_veterans_career_abilities",
    "get_veterans_career_check_out_my_state",
    "get_veterans_career_education",
    "get_veterans_career_explore_more",
    "get_veterans_career_in_the_military",
    "get_veterans_career_job_outlook",
    "get_veterans_career_knowledge",
    "get_veterans_career_overview",
    "get_veterans_career_personality",
    "get_veterans_career_skills",
    "get_veterans_career_technology",
    "list_veterans_careers",
    "list_veterans_industries",
    "list_veterans_industry_careers_most",
    "list_veterans_industry_careers_some",
    "search_veterans_careers",
    "search_veterans_military",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
