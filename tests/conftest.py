"""Fixtures shared by the build tests: scripts/build.py's main() run in this process; early background work.

In-process, a build costs its own work only: no interpreter start and no re-import of the build library,
openapi-spec-validator and the generator per call. Output, exit codes and files are the same as the CLI's
(tests/test_build.py keeps one real subprocess run to cover the script entry point).

A test module may define `prestart()`: background work (e.g. niced build subprocesses) it needs. The module's
tests run last and prestart() is called once collection is done, so that work overlaps the rest of the run on the
core pytest leaves idle instead of being waited for. The module's own fixtures stop it.

The 127.0.0.1 test servers send their headers and body in separate writes; with Nagle's algorithm on, the body
waits for the client's delayed ACK (about 40 ms a request on Linux), so every server here sets TCP_NODELAY.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import socketserver
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BUILD = Path(__file__).resolve().parents[1] / "scripts" / "build.py"

BuildCli = Callable[..., subprocess.CompletedProcess[str]]


def _load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_build_script", BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def no_nagle_on_test_servers() -> Iterator[None]:
    """Every socketserver handler (http.server's included) sets TCP_NODELAY: same bytes, no 40 ms stall."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socketserver.StreamRequestHandler, "disable_nagle_algorithm", True)
        yield


@pytest.fixture(scope="session")
def build_cli() -> BuildCli:
    """`build_cli(*args)` runs `scripts/build.py *args` in-process and returns what a subprocess run would."""
    script = _load_build_script()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = script.main(list(args))
            except SystemExit as exc:  # argparse usage errors exit 2 after printing to stderr
                code = exc.code if isinstance(exc.code, int) else 2
        return subprocess.CompletedProcess([str(BUILD), *args], code, out.getvalue(), err.getvalue())

    return run


def _prestart_modules(items: list[pytest.Item]) -> list[Any]:
    modules = {id(m): m for m in (getattr(item, "module", None) for item in items) if hasattr(m, "prestart")}
    return list(modules.values())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of modules with prestart() go last (stable order otherwise), so their background work has time."""
    late = {id(m) for m in _prestart_modules(items)}
    items.sort(key=lambda item: id(getattr(item, "module", None)) in late)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start every selected module's background work (nothing for --collect-only)."""
    if session.config.option.collectonly:
        return
    for module in _prestart_modules(session.items):
        module.prestart()
