"""Generate one package: openapi-python-client, then the overlay from overrides/, then ruff.

Overlay, not custom templates: the generator's output stays stock, and hand-written modules are copied
in afterwards. Files under overrides/_core/ land in every package as <package>/_core/; files under
overrides/<package>/ land at the package root. An override may not shadow a generated file, except the
package __init__.py, which must keep exporting everything the generated one exported.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .generator import generate, load_config
from .overlay import effective_spec
from .project import Api, BuildError, Project
from .spec_index import build_index
from .specs import check_spec, operations

SHARED_OVERRIDES = "_core"
SPEC_INDEX = "_spec_index.json"  # read at runtime by _core/spec_index.py
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


def generate_package(project: Project, api: Api, dest_parent: Path) -> GenerationStats:
    """Validate the effective spec (base + overlay) and write the finished package to dest_parent/<package>."""
    spec = effective_spec(api)
    check_spec(spec, api.spec if api.overlay is None else f"{api.spec} with {api.overlay.name}")
    with tempfile.TemporaryDirectory(prefix=f"gen-{api.name}-") as tmp:
        work = Path(tmp)
        package_dir = work / api.package
        index = build_index(spec, api, field_prefix=load_config(api).field_prefix)
        generate(project, api, spec, index, package_dir)
        apply_overrides(project, api, package_dir)
        (package_dir / SPEC_INDEX).write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        # Run from the parent: with the package dir as cwd, its types.py would shadow the stdlib module.
        target_arg = api.package
        _run([*ruff, "check", "--fix-only", "--select", "I", "--exit-zero", *RUFF_SETTINGS, target_arg], work, "ruff")
        _run([*ruff, "format", *RUFF_SETTINGS, target_arg], work, "ruff format")
        target = dest_parent / api.package
        shutil.copytree(package_dir, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    files = [p for p in target.rglob("*") if p.is_file()]
    models = [p for p in (target / "models").glob("*.py") if p.name != "__init__.py"]
    return GenerationStats(operations=sum(1 for _ in operations(spec)), models=len(models), files=len(files))
