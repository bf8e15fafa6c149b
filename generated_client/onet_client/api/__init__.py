"""The generated module functions, one package per tag of the spec."""

import importlib
from types import ModuleType

__all__ = (
    "about",
    "database",
    "mnm",
    "mpp",
    "online",
    "taxonomy",
    "veterans",
)


def __getattr__(name: str) -> ModuleType:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
