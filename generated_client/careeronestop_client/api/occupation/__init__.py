"""Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
job description building blocks.

Each module is one operation with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

import importlib
from types import ModuleType

__all__ = (
    "get_job_description",
    "get_lmi_by_occupation",
    "get_occupation_details",
    "get_occupations_report",
    "get_tools_and_technology_by_occupation",
    "list_employment_patterns",
    "list_occupations_by_keyword",
    "list_occupations_by_skills_match",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
