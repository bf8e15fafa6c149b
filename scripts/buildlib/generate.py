"""Generate the packages: openapi-python-client (with our templates) and the facade, the overrides, then ruff.

Generator templates in openapi/templates/ replace a few stock ones (each says what and why at its top); the
hand-written runtime is copied in afterwards: overrides/_core/ lands in every package as <package>/_core/,
overrides/<package>/ at the package root. An override may not shadow a generated file, except the package
__init__.py, which must keep exporting everything the generated one exported. APIs build in parallel workers.
"""

from __future__ import annotations

import ast
import json
import multiprocessing
import shutil
import subprocess
import tempfile
import threading
import tomllib
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ruff import find_ruff_bin  # type: ignore[import-untyped]  # ruff's package (a dependency of the generator) ships no types

from .generator import generate, load_config
from .overlay import effective_spec
from .project import Api, BuildError, Project
from .spec_index import build_index
from .specs import Spec, check_spec, operations

SHARED_OVERRIDES = "_core"
# overrides/_shared/<name>/: hand-written top-level packages every SDK imports (one copy, so one set of classes).
SHARED_PACKAGES = "_shared"
SPEC_INDEX = "_spec_index.json"  # read at runtime by _core/spec_index.py
VERSION_MODULE = "_version.py"  # the distribution's version for `__version__`, read by _core/client.py
RUFF_SETTINGS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]


@dataclass(frozen=True)
class GenerationStats:
    operations: int
    models: int
    files: int


def _run(cmd: list[str], cwd: Path, what: str) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise BuildError(f"{what} failed (exit {result.returncode}):\n{output[-6000:]}")


def _exports(init: Path) -> set[str]:
    """Names listed in a module's __all__ (read statically)."""
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            value = ast.literal_eval(node.value)
            return set(value)
    return set()


def apply_overrides(project: Project, api: Api, package_dir: Path) -> None:
    """Copy hand-written modules into a freshly generated package."""
    shared = project.overrides_dir / SHARED_OVERRIDES
    if shared.is_dir():
        shutil.copytree(shared, package_dir / SHARED_OVERRIDES, ignore=shutil.ignore_patterns("__pycache__"))
    own = project.overrides_dir / api.package
    if not own.is_dir():
        return
    for source in sorted(own.rglob("*")):
        if "__pycache__" in source.parts or source.is_dir():
            continue
        relative = source.relative_to(own)
        target = package_dir / relative
        if target.exists():
            if relative != Path("__init__.py"):
                raise BuildError(
                    f"{source}: would overwrite the generated {api.package}/{relative}; rename the override"
                )
            missing = _exports(target) - _exports(source)
            if missing:
                raise BuildError(f"{source}: __all__ must keep the generated exports {sorted(missing)}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def write_version(project: Project, package_dir: Path) -> None:
    """<package>/_version.py: pyproject.toml's version, the one place it is set ("0+unknown" without a pyproject).

    Written by the build so that `import <package>` needs no importlib.metadata (about 6 ms) for `__version__`.
    """
    pyproject = project.root / "pyproject.toml"
    version = "0+unknown"
    if pyproject.is_file():
        version = str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    doc = '"""The distribution version, from pyproject.toml; written by scripts/build.py, do not edit."""'
    text = f"{doc}\n\nVERSION = {json.dumps(version)}\n"
    (package_dir / VERSION_MODULE).write_text(text, encoding="utf-8")


def shared_packages(project: Project) -> list[str]:
    """Names of the top-level packages in overrides/_shared/ (installed beside the SDKs, never per package)."""
    root = project.overrides_dir / SHARED_PACKAGES
    return sorted(p.name for p in root.iterdir() if (p / "__init__.py").is_file()) if root.is_dir() else []


def copy_shared_packages(project: Project, dest_parent: Path) -> list[str]:
    """Copy overrides/_shared/<name>/ to dest_parent/<name>; the names copied."""
    names = shared_packages(project)
    for name in names:
        source = project.overrides_dir / SHARED_PACKAGES / name
        shutil.copytree(source, dest_parent / name, ignore=shutil.ignore_patterns("__pycache__"))
    return names


def source_spec(api: Api) -> Spec:
    """The effective spec an API's package is generated from and validated as (base + overlay)."""
    return effective_spec(api)


def _label(api: Api) -> str:
    return str(api.spec) if api.overlay is None else f"{api.spec} with {api.overlay.name}"


def validate_api(project: Project, api: Api, dest_parent: Path) -> None:
    """check_spec on the API's effective spec (a step of generate_packages; the arguments match generate)."""
    check_spec(source_spec(api), _label(api))


def generate_package(project: Project, api: Api, dest_parent: Path, *, validate: bool = True) -> GenerationStats:
    """Validate the effective spec (unless the caller does) and write the finished package to dest_parent/<package>."""
    spec = source_spec(api)
    if validate:
        check_spec(spec, _label(api))
    with tempfile.TemporaryDirectory(prefix=f"gen-{api.name}-") as tmp:
        work = Path(tmp)
        package_dir = work / api.package
        index = build_index(spec, api, field_prefix=load_config(api).field_prefix)
        generate(project, api, spec, index, package_dir)
        apply_overrides(project, api, package_dir)
        write_version(project, package_dir)
        (package_dir / SPEC_INDEX).write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        ruff = [str(find_ruff_bin())]  # the binary itself: `python -m ruff` would start an interpreter only to exec it
        # Run from the parent: with the package dir as cwd, its types.py would shadow the stdlib module.
        target_arg = api.package
        _run([*ruff, "check", "--fix-only", "--select", "I", "--exit-zero", *RUFF_SETTINGS, target_arg], work, "ruff")
        _run([*ruff, "format", *RUFF_SETTINGS, target_arg], work, "ruff format")
        target = dest_parent / api.package
        shutil.copytree(package_dir, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    files = [p for p in target.rglob("*") if p.is_file()]
    models = [p for p in (target / "models").glob("*.py") if p.name != "__init__.py"]
    return GenerationStats(operations=sum(1 for _ in operations(spec)), models=len(models), files=len(files))


def _generate_unvalidated(project: Project, api: Api, dest_parent: Path) -> GenerationStats:
    return generate_package(project, api, dest_parent, validate=False)


def _executor(workers: int) -> Executor:
    """Processes (forked, so they start with this one's imports) for real parallelism; threads if forking is unsafe.

    Forking a process that runs other threads can copy a lock another thread holds, so with other threads alive
    (e.g. the build called in-process by a test server's process) the steps share this process instead.
    """
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    return ThreadPoolExecutor(max_workers=workers, thread_name_prefix="generate")


def generate_packages(
    project: Project, apis: Sequence[Api], dest_parent: Path, *, validate: bool = True
) -> dict[str, GenerationStats]:
    """generate_package for every API at once, each API's validation running beside its generator.

    Every step runs in its own worker, so the wall time is about the slowest API's generator rather than the sum
    of all validations and generations. An API whose spec is invalid reports that (not what the generator made of
    it); every failing API is reported, in the order of `apis`, so the outcome does not depend on timing.
    validate=False leaves validation to the caller (`--fetch` has validated the same effective spec already).
    """
    steps: list[tuple[str, Callable[[Project, Api, Path], object]]] = [("generate", _generate_unvalidated)]
    if validate:
        steps.append(("validate", validate_api))
    futures: dict[tuple[str, str], Future[object]] = {}
    with _executor(max(len(apis) * len(steps), 1)) as pool:
        for api in apis:
            for name, step in steps:
                futures[api.name, name] = pool.submit(step, project, api, dest_parent)
    stats: dict[str, GenerationStats] = {}
    errors: list[str] = []
    for api in apis:
        try:
            if validate:
                futures[api.name, "validate"].result()
            generated = futures[api.name, "generate"].result()
        except BuildError as exc:
            errors.append(str(exc))
            continue
        assert isinstance(generated, GenerationStats)
        stats[api.name] = generated
    if errors:
        raise BuildError("\n".join(errors))
    return stats
