"""Spec versions for downstream users: each spec's info.version follows the breaking-change report.

A release record per API (`openapi/releases/<api>.json`) names the version last released, the sha256 of the
effective spec's content with info.version left out, and the history of releases with their changes; beside it,
`<api>.spec.json` is the released effective spec, so the next change is classified by the same spec diff that
`--fetch` reports (buildlib.specdiff):

    a breaking change (ERR)                          -> major
    any other change the diff reports (WARN, INFO)   -> minor
    a change the diff does not see (descriptions, examples, x- extensions) -> patch

`build.py --check` fails when a spec's content differs from its release record without its version moving
(or the record is behind; a project without `openapi/releases/` keeps no versions). `build.py --bump` records
a new release, writing the version where the spec keeps it (the overlay's `$.info` action when the API has an
overlay, else the spec's own `info`), and `--export` writes each API's changelog from the history.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import specdiff
from .export import plain_json
from .kinds import Severity
from .overlay import effective_spec
from .project import Api, BuildError, Project
from .specs import Spec, normalize

Level = Literal["major", "minor", "patch"]
RELEASES_DIR = "releases"
_VERSION = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$")
# Where --bump writes the version: the `version:` line of the overlay's $.info action, or of the spec's info.
_OVERLAY_INFO_VERSION = re.compile(r"(- target: \$\.info\n  update:\n(?:    .*\n|      .*\n)*?    version: )(.+)\n")
_SPEC_INFO_VERSION = re.compile(r"(^info:\n(?:  .*\n|    .*\n)*?  version: )(.+)\n", re.MULTILINE)


@dataclass(frozen=True)
class Release:
    """What was last released for one API: version, content digest and the history of releases."""

    api: str
    version: str
    sha256: str
    history: tuple[dict[str, Any], ...]

    def as_json(self) -> str:
        data = {"api": self.api, "history": list(self.history), "sha256": self.sha256, "version": self.version}
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def record_path(project: Project, api: Api) -> Path:
    return project.openapi_dir / RELEASES_DIR / f"{api.name}.json"


def snapshot_path(project: Project, api: Api) -> Path:
    return project.openapi_dir / RELEASES_DIR / f"{api.name}.spec.json"


def current(api: Api) -> Spec:
    """The effective spec as plain JSON data (what is exported, before bundling)."""
    spec: Spec = plain_json(effective_spec(api), api.spec)
    return spec


def version_of(spec: Spec) -> str:
    return str(spec.get("info", {}).get("version", ""))


def digest(spec: Spec) -> str:
    """sha256 of the spec's content with info.version left out (moving the version alone changes nothing)."""
    info = {k: v for k, v in spec.get("info", {}).items() if k != "version"}
    return hashlib.sha256(normalize({**spec, "info": info}).encode("utf-8")).hexdigest()


def load(project: Project, api: Api) -> Release | None:
    path = record_path(project, api)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Release(str(data["api"]), str(data["version"]), str(data["sha256"]), tuple(data.get("history", [])))


def released_spec(project: Project, api: Api) -> Spec:
    path = snapshot_path(project, api)
    if not path.is_file():
        raise BuildError(f"{path.relative_to(project.root)}: the released spec is missing; run build.py --bump")
    spec: Spec = json.loads(path.read_text(encoding="utf-8"))
    return spec


def classify(old: Spec, new: Spec) -> tuple[Level, list[specdiff.Change]]:
    """The level a change from `old` to `new` needs, and the changes the spec diff reports."""
    changes = specdiff.diff(old, new)
    if any(c.severity is Severity.ERR for c in changes):
        return "major", changes
    return ("minor" if changes else "patch"), changes


def bumped(version: str, level: Level) -> str:
    """`version` moved by `level` (MAJOR[.MINOR[.PATCH]][suffix]; a suffix such as `-unofficial` is kept)."""
    match = _VERSION.match(version)
    if match is None:
        raise BuildError(f"info.version {version!r} is not MAJOR[.MINOR[.PATCH]]; set a numeric version first")
    major, minor, patch = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    if level == "major":
        major, minor, patch = major + 1, 0, 0
    elif level == "minor":
        minor, patch = minor + 1, 0
    else:
        patch += 1
    return f"{major}.{minor}.{patch}{match[4]}"


def stale_reason(project: Project, api: Api, spec: Spec | None = None) -> str | None:
    """Why the spec's version does not follow its content (for --check), or None."""
    spec = current(api) if spec is None else spec
    record = load(project, api)
    if record is None:
        if not record_path(project, api).parent.is_dir():
            return None  # a project that keeps no release records (openapi/releases/) does not version its specs
        return f"{record_path(project, api).relative_to(project.root)} is missing; run `python scripts/build.py --bump`"
    version = version_of(spec)
    if digest(spec) == record.sha256:
        if version != record.version:
            return f"info.version is {version} but the release record says {record.version}"
        return None
    level, changes = classify(released_spec(project, api), spec)
    breaking = sum(1 for c in changes if c.breaking)
    what = f"a {level} change ({breaking} breaking, {len(changes) - breaking} other reported change(s))"
    fix = "run `python scripts/build.py --bump`"
    if version == record.version:
        return f"the spec changed since {record.version} without its version moving: {what}; {fix}"
    return f"info.version moved to {version} but the release record is at {record.version}: {what}; {fix}"


def _entry(change: specdiff.Change) -> dict[str, Any]:
    return {
        "operation": change.operation,
        "rule": change.rule.id,
        "severity": change.severity.value,
        "where": change.path,
    }


def _write_version(api: Api, version: str) -> None:
    """Write `version` where the spec keeps it (overlay $.info action, or the spec's info) by editing one line."""
    path, pattern = (api.overlay, _OVERLAY_INFO_VERSION) if api.overlay else (api.spec, _SPEC_INFO_VERSION)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json" and not api.overlay:
        data = json.loads(text)
        data["info"]["version"] = version
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    found = pattern.findall(text)
    if not found and api.overlay:  # the first bump of an overlaid spec: the overlay starts to set the version
        marker = "- target: $.info\n  update:\n"
        if text.count(marker) == 1:
            path.write_text(text.replace(marker, f"{marker}    version: {json.dumps(version)}\n"), encoding="utf-8")
            return
    if len(found) != 1:
        raise BuildError(f"{path}: cannot find the one `version:` line of info to update (found {len(found)})")
    path.write_text(pattern.sub(lambda m: f"{m[1]}{json.dumps(version)}\n", text, count=1), encoding="utf-8")


def bump(project: Project, api: Api) -> tuple[Release, bool]:
    """Record a release for the current spec when it changed (version moved by the diff's level); (record, changed)."""
    spec = current(api)
    record = load(project, api)
    if record is not None and digest(spec) == record.sha256 and version_of(spec) == record.version:
        return record, False
    if record is None:
        version = version_of(spec)
        entry: dict[str, Any] = {"level": "initial", "version": version, "changes": []}
    elif digest(spec) == record.sha256:  # only the version line moved: put it back in step with the record
        _write_version(api, record.version)
        return record, True
    else:
        level, changes = classify(released_spec(project, api), spec)
        version = bumped(record.version, level)
        entry = {"level": level, "version": version, "changes": [_entry(c) for c in specdiff_sorted(changes)]}
        _write_version(api, version)
        spec = current(api)
        if version_of(spec) != version:
            raise BuildError(f"{api.name}: wrote version {version} but the effective spec says {version_of(spec)}")
    history = (entry, *(record.history if record else ()))
    release = Release(api.name, version, digest(spec), history)
    folder = record_path(project, api).parent
    folder.mkdir(parents=True, exist_ok=True)
    record_path(project, api).write_text(release.as_json(), encoding="utf-8")
    snapshot_path(project, api).write_text(normalize(spec), encoding="utf-8")
    return release, True


def specdiff_sorted(changes: list[specdiff.Change]) -> list[specdiff.Change]:
    """Breaking changes first, then by rule and place: a stable order for the history."""
    return sorted(changes, key=lambda c: (not c.breaking, c.rule.id, c.operation, c.path))


def changelog(release: Release, title: str) -> str:
    """The API's spec changelog (markdown), newest release first."""
    lines = [f"# {title}: spec changelog", ""]
    lines += ["Versions follow the breaking-change report: a breaking change moves the major version, any other"]
    lines += ["reported change the minor, a documentation-only change the patch.", ""]
    for entry in release.history:
        changes = entry.get("changes", [])
        lines += [f"## {entry['version']} ({entry['level']})", ""]
        if entry["level"] == "initial":
            lines += ["The first recorded version.", ""]
            continue
        if not changes:
            lines += ["Documentation only (descriptions, examples, extensions).", ""]
            continue
        for change in changes:
            where = f" {change['where']}" if change["where"] else ""
            lines.append(f"- {change['severity']} `{change['rule']}` {change['operation']}{where}")
        lines.append("")
    return "\n".join(lines)


def changelogs(project: Project, apis: list[Api]) -> dict[str, str]:
    """Each selected API's changelog by API name (APIs without a release record have none)."""
    out: dict[str, str] = {}
    for api in apis:
        release = load(project, api)
        if release is not None:
            out[api.name] = changelog(release, str(current(api).get("info", {}).get("title", api.name)))
    return out
