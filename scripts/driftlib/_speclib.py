"""The spec library as the drift monitor imports it, in a clone and when installed.

In a clone, scripts/ is on sys.path and the spec library is the top-level `buildlib`. Installed (the
`dol-career-sdks[drift]` extra), this package is `dol_career_drift` and the same code ships inside it as
`dol_career_drift.buildlib`, so the install adds no generic top-level name. Every driftlib module imports the
spec library from here, so the choice is made once; type checkers read the clone's layout.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__all__ = [
    "ASSUMED",
    "REPO_ROOT",
    "Api",
    "BuildError",
    "Kind",
    "Project",
    "Severity",
    "assumed",
    "effective_schema",
    "json_path",
    "memo",
    "needs_fold",
    "overlay",
    "ref_of",
    "required_fields",
    "rule",
    "shared_report",
    "specs",
]

if TYPE_CHECKING:
    from buildlib import assumed, memo, overlay, specs
    from buildlib import report as shared_report
    from buildlib.assumed import ASSUMED, required_fields
    from buildlib.kinds import Kind, Severity, rule
    from buildlib.project import REPO_ROOT, Api, BuildError, Project
    from buildlib.specs import effective_schema, json_path, needs_fold, ref_of
else:
    _ROOT = "buildlib" if __package__ == "driftlib" else f"{__package__}.buildlib"
    memo, overlay, specs, shared_report, _kinds, _project, assumed = (
        import_module(f"{_ROOT}.{name}")
        for name in ("memo", "overlay", "specs", "report", "kinds", "project", "assumed")
    )
    ASSUMED, required_fields = assumed.ASSUMED, assumed.required_fields
    Kind, Severity, rule = _kinds.Kind, _kinds.Severity, _kinds.rule
    REPO_ROOT, Api, BuildError, Project = _project.REPO_ROOT, _project.Api, _project.BuildError, _project.Project
    effective_schema, json_path, needs_fold, ref_of = (
        specs.effective_schema,
        specs.json_path,
        specs.needs_fold,
        specs.ref_of,
    )
