"""The distribution as a user gets it: sdist, then a wheel built from it, installed into a fresh venv and used
from a folder outside the clone.

Marked `packaging`: `tox -e package` runs these against the sdist and wheel its `python -m build` made (which
builds the wheel from the sdist), named by $DOL_SDK_DIST_DIR, so nothing is built twice; `tox -e py` leaves them to
that environment. A plain `pytest` without the variable builds both itself, offline: the test environment's
setuptools makes them (no build isolation, no download). Either way the wheel is installed with --no-deps
--no-index, and the venv borrows the test environment's dependencies through one .pth line. A plain path in a .pth
file is added to sys.path without running the .pth hooks inside that folder, so an editable install of the clone
stays invisible: only the wheel's copy of the packages can be imported.
"""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from buildlib.project import Project

pytestmark = [
    pytest.mark.packaging,  # tox -e package runs these, on the dists it built (module docstring)
    pytest.mark.cost(6),  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)
]
DIST_DIR_ENV = "DOL_SDK_DIST_DIR"

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "contract_tests" / "fixtures"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
BACKEND = "import sys; from setuptools import build_meta as backend; print(getattr(backend, sys.argv[1])(sys.argv[2]))"


@dataclass(frozen=True)
class Installed:
    sdist: Path
    wheel: Path
    venv: Path
    outside: Path  # the working folder of every command: not the clone, nothing of it on sys.path

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env.pop("ONET_API_KEY", None)
        return subprocess.run(
            [str(self.venv / "bin" / program), *args],
            cwd=self.outside,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def _backend(hook: str, source: Path, out: Path) -> Path:
    """Run one PEP 517 hook of setuptools in `source`; the built file."""
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", BACKEND, hook, str(out)], cwd=source, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return out / done.stdout.strip().splitlines()[-1]


def built(work: Path) -> tuple[Path, Path]:
    """(sdist, wheel): the ones in $DOL_SDK_DIST_DIR (tox -e package), else built here, the wheel from the sdist."""
    given = os.environ.get(DIST_DIR_ENV)
    if given:
        sdists, wheels = sorted(Path(given).glob("*.tar.gz")), sorted(Path(given).glob("*.whl"))
        assert len(sdists) == len(wheels) == 1, f"${DIST_DIR_ENV} must hold one sdist and one wheel: {sdists + wheels}"
        return sdists[0], wheels[0]
    sdist = _backend("build_sdist", ROOT, work / "dist")
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", filter="data")
    return sdist, _backend("build_wheel", work / "unpacked" / sdist.name.removesuffix(".tar.gz"), work / "dist")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    work = tmp_path_factory.mktemp("packaging")
    sdist, wheel = built(work)
    target = work / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q"]
    done = subprocess.run([*install, str(wheel)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    # Written after the install, so pip does not see the clone's editable install through it.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(purelib) / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    outside = work / "elsewhere"
    outside.mkdir()
    yield Installed(sdist, wheel, target, outside)


def test_wheel_carries_the_type_marker_spec_index_specs_and_every_fixture(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    project = Project(ROOT)
    wanted = {"dol_career_drift/openapi/apis.toml", "dol_career_drift/fixture.schema.json"}
    wanted |= {"dol_career_drift/buildlib/rules.toml", "dol_career_drift/buildlib/spec_index.schema.json"}
    for api in project.apis().values():
        wanted |= {f"{api.package}/py.typed", f"{api.package}/_spec_index.json"}
        for spec_file in (api.spec, api.overlay):
            if spec_file is not None:
                wanted.add(f"dol_career_drift/openapi/{spec_file.relative_to(project.openapi_dir).as_posix()}")
        wanted |= {f"dol_career_drift/fixtures/{api.name}/{path.name}" for path in (FIXTURES / api.name).glob("*.json")}
    assert sorted(wanted - names) == []
    assert not any(name.startswith(("buildlib/", "driftlib/", "scripts/")) for name in names)  # no generic names
    metadata = zipfile.ZipFile(installed.wheel).read(f"dol_career_sdks-{VERSION}.dist-info/METADATA").decode()
    assert f"\nVersion: {VERSION}\n" in metadata and "Provides-Extra: drift" in metadata


def test_installed_version_is_the_one_pyproject_sets(installed: Installed) -> None:
    code = "import onet_client as o, careeronestop_client as c; print(o.__version__, c.__version__, o.__file__)"
    done = installed.run("python", "-c", code)
    assert done.returncode == 0, done.stderr
    onet_version, cos_version, origin = done.stdout.split()
    assert onet_version == cos_version == VERSION
    assert Path(origin).is_relative_to(installed.venv)  # the wheel's copy, not the clone's


def offline_example() -> str:
    """The README's offline example: its imports, the MockTransport handler, the client built on it, its uses."""
    for block in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")):
        if "MockTransport" not in block:
            continue
        tree = ast.parse(block)
        client = next(
            node
            for node in tree.body
            if isinstance(node, ast.Assign | ast.With)
            and "MockTransport" in (ast.get_source_segment(block, node) or "")
        )
        if isinstance(client, ast.With):  # `with OnetClient(..., MockTransport(...)) as offline:` holds its own use
            name, handlers = "", {n.id for item in client.items for n in ast.walk(item) if isinstance(n, ast.Name)}
        else:
            assert isinstance(client.targets[0], ast.Name)
            name, handlers = client.targets[0].id, {n.id for n in ast.walk(client.value) if isinstance(n, ast.Name)}
        kept = [
            node
            for node in tree.body
            if isinstance(node, ast.Import | ast.ImportFrom)
            or (isinstance(node, ast.FunctionDef) and node.name in handlers)
            or node is client
            or (node.lineno > client.lineno and name in {n.id for n in ast.walk(node) if isinstance(n, ast.Name)})
        ]
        return "\n".join(ast.get_source_segment(block, node) or "" for node in kept) + "\n"
    raise AssertionError("README.md has no Python example with httpx.MockTransport")


def test_readme_offline_example_runs_from_the_installed_package(installed: Installed) -> None:
    example = offline_example()
    assert "OnetClient(" in example and "print(" in example
    (installed.outside / "offline_example.py").write_text(example, encoding="utf-8")
    done = installed.run("python", "offline_example.py")
    assert done.returncode == 0, example + done.stderr
    assert done.stdout.split() == ["0"]  # the README says: 0, served by fake_api


def test_installed_drift_command_checks_the_shipped_fixtures_from_any_folder(installed: Installed) -> None:
    fixtures = sum(1 for _ in FIXTURES.glob("*/*.json"))
    done = installed.run("dol-career-drift", "check")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert done.stdout.startswith(f"drift check (onet, careeronestop): {fixtures} exchange(s) checked, 0 finding(s)")
    done = installed.run("dol-career-drift", "live", "--api", "onet")
    assert done.returncode == 2 and "ONET_API_KEY is not set" in done.stderr  # the same exit codes as the script
    assert installed.run("dol-career-drift", "--help").stdout.startswith("usage: dol-career-drift")


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def _closure(extra: str) -> set[str]:
    """The distributions `pip install "dol-career-sdks[extra]"` brings (transitively, without their extras)."""
    wanted = [
        r for r in importlib.metadata.requires("dol-career-sdks") or [] if "extra ==" not in r or f'"{extra}"' in r
    ]
    found: set[str] = set()
    while wanted:
        name = _name(wanted.pop())
        if name in found or name == "dol-career-sdks":
            continue
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # its marker excludes this interpreter (exceptiongroup before 3.11, ...)
        found.add(name)
        wanted += [r for r in requires if "extra ==" not in r]
    return found


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0 and n.module}
    return {name.partition(".")[0] for name in names}


def test_the_drift_extra_brings_every_library_the_installed_monitor_imports() -> None:
    """What made `scripts/drift.py check` fail with ModuleNotFoundError (yaml) after the plain install."""
    scripts = ROOT / "scripts"
    speclib = ast.parse((scripts / "driftlib" / "_speclib.py").read_text(encoding="utf-8"))
    used = {
        a.name for n in ast.walk(speclib) if isinstance(n, ast.ImportFrom) and n.module == "buildlib" for a in n.names
    }
    used |= {
        n.module.split(".")[1]
        for n in ast.walk(speclib)
        if isinstance(n, ast.ImportFrom) and n.module and "." in n.module
    }
    files = [*(scripts / "driftlib").glob("*.py"), *(scripts / "buildlib" / f"{module}.py" for module in used)]
    ours = {"buildlib", "driftlib", "onet_client", "careeronestop_client", "__future__"}
    third_party = set().union(*map(_imports, files)) - set(sys.stdlib_module_names) - ours
    distributions = importlib.metadata.packages_distributions()
    needed = {_name(distributions[module][0]) for module in third_party}
    assert {"pyyaml", "jsonschema", "httpx"} <= needed  # the scan sees the imports
    assert sorted(needed - _closure("drift")) == []
    assert "pyyaml" not in _closure("")  # the SDKs alone stay light
