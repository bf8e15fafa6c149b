"""Suite-wide setup: parallel runs by default (pytest-xdist), scripts/build.py's main() run in this process.

`pytest` spreads test files over one worker per core (`-n auto --dist loadfile`: a file's module fixtures are
built once, on one worker); `-n 0` or `-p no:xdist` runs serially, and an explicit `-n`/`--dist` wins. Files
marked `pytest.mark.cost(seconds)` (the few that run the real generator, exporter or validator) are handed out
first, most costly first, so the cheap files fill the gaps at the end instead of one worker finishing alone.

`tox -e py` runs what the SDK's users touch (SDK, contracts, specs, drift monitor); `tox -e build` the build
tool's tests (tests/build/), `tox -e package` the ones marked `packaging` on the dists it built, `tox -e type` the
ones marked `typecheck`. A bare `pytest` runs all of them; `tox` runs every environment.

In-process, a build costs its own work only: no interpreter start and no re-import of the build library,
openapi-spec-validator and the generator per call. Output, exit codes and files are the same as the CLI's
(tests/build/test_export.py keeps the one real subprocess run that covers the script entry point).

The 127.0.0.1 test servers send their headers and body in separate writes; with Nagle's algorithm on, the body
waits for the client's delayed ACK (about 40 ms a request on Linux), so every server here sets TCP_NODELAY.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import io
import os
import shutil
import socketserver
import subprocess
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from buildlib.memo import SHARED_DIR_ENV

BUILD = Path(__file__).resolve().parents[1] / "scripts" / "build.py"

BuildCli = Callable[..., subprocess.CompletedProcess[str]]
DISTRIBUTION = "dol-career-sdks"


def _declared_requirements(project: dict[str, Any]) -> set[str]:
    """pyproject.toml's requirements as the installed metadata states them (extras become `extra == ...` markers)."""
    from packaging.requirements import Requirement

    wanted = {str(Requirement(r)) for r in project.get("dependencies", [])}
    for extra, requirements in project.get("optional-dependencies", {}).items():
        for text in requirements:
            requirement = Requirement(text)
            marker = (
                f'extra == "{extra}"'
                if requirement.marker is None
                else f'({requirement.marker}) and extra == "{extra}"'
            )
            requirement.marker = None
            wanted.add(str(Requirement(f"{requirement}; {marker}")))
    return wanted


def stale_install(root: Path) -> str | None:
    """Why the installed distribution no longer matches pyproject.toml (tox -e py installs it once), or None."""
    from packaging.requirements import Requirement

    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    try:
        installed = importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return f"{DISTRIBUTION} is not installed"
    scripts = {e.name: e.value for e in installed.entry_points if e.group == "console_scripts"}
    if installed.version != project["version"]:
        return f"the installed version is {installed.version}, pyproject.toml says {project['version']}"
    if {str(Requirement(r)) for r in installed.requires or []} != _declared_requirements(project):
        return "pyproject.toml's requirements changed since the install"
    if scripts != project.get("scripts", {}):
        return "pyproject.toml's [project.scripts] changed since the install"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Default to `-n auto --dist loadfile` when pytest-xdist is loaded and no -n was given (not in its workers)."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    if config.option.numprocesses is None and not config.option.collectonly:
        config.option.numprocesses = "auto"
        if config.option.dist == "no":
            config.option.dist = "loadfile"
            config.option.loadscopereorder = False  # keep the costly-first order of pytest_collection_modifyitems


def _cost(item: pytest.Item) -> float:
    marker = item.get_closest_marker("cost")
    return float(marker.args[0]) if marker is not None else 0.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Most costly files first (stable otherwise): xdist hands files out in this order."""
    items.sort(key=_cost, reverse=True)


def pytest_configure(config: pytest.Config) -> None:
    """Refuse a stale install; one build cache per run unless the caller names one (a spec is validated once)."""
    if hasattr(config, "workerinput"):
        return  # workers inherit the controller's checks and cache
    reason = stale_install(BUILD.parents[1])
    if reason is not None:
        raise pytest.UsageError(
            f"{reason}: reinstall the test environment (`tox -r -e py`, or pip install -e '.[test]')"
        )
    if os.environ.get(SHARED_DIR_ENV):
        return  # a caller's own folder is kept
    folder = tempfile.mkdtemp(prefix="sdk-build-cache-")
    os.environ[SHARED_DIR_ENV] = folder

    def clean_up() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(SHARED_DIR_ENV, None)

    config.add_cleanup(clean_up)


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


# Proxy variables the SDK clients (and httpx) honour; a machine behind a proxy must not route the suite's
# 127.0.0.1 servers through it. Tests of proxy support set their own.
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(scope="session", autouse=True)
def no_proxy_from_the_machine() -> Iterator[None]:
    """The suite runs as on a machine without proxy settings, whatever the caller's environment holds."""
    with pytest.MonkeyPatch.context() as patch:
        for name in PROXY_VARIABLES:
            patch.delenv(name, raising=False)
            patch.delenv(name.lower(), raising=False)
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
