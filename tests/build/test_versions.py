"""Spec versions: info.version follows the breaking-change report; --check, --bump and --export's changelog."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from buildlib import versions
from buildlib.project import REPO_ROOT, BuildError, Project

from tests.conftest import BuildCli

TINY: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1.4.2-unofficial", "description": "A tiny API."},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
                "required": ["name"],
            }
        }
    },
}


def tiny(tmp_path: Path, spec: dict[str, Any], *, releases: bool = True) -> Project:
    """A project with one API, `tiny`, whose spec is openapi/tiny/openapi.json."""
    root = tmp_path / "project"
    (root / "openapi" / "tiny").mkdir(parents=True)
    (root / "openapi" / "apis.toml").write_text(
        '[tiny]\npackage = "tiny_client"\nspec = "tiny/openapi.json"\nconfig = "tiny/config.yaml"\n'
    )
    if releases:
        (root / "openapi" / "releases").mkdir()
    write(Project(root), spec)
    return Project(root)


def write(project: Project, spec: dict[str, Any]) -> None:
    (project.openapi_dir / "tiny" / "openapi.json").write_text(json.dumps(spec, indent=2) + "\n")


def edited(project: Project, change: Any) -> None:
    spec = json.loads((project.openapi_dir / "tiny" / "openapi.json").read_text())
    change(spec)
    write(project, spec)


def api(project: Project) -> Any:
    return project.apis()["tiny"]


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("2.0", "major", "3.0.0"),
        ("2.0", "minor", "2.1.0"),
        ("2.0", "patch", "2.0.1"),
        ("1.4.2-unofficial", "minor", "1.5.0-unofficial"),
        ("2025.1-unofficial", "major", "2026.0.0-unofficial"),
        ("1", "patch", "1.0.1"),
    ],
)
def test_bumped_moves_the_right_part_and_keeps_a_suffix(version: str, level: versions.Level, expected: str) -> None:
    assert versions.bumped(version, level) == expected


def test_a_version_that_is_not_numeric_cannot_be_bumped() -> None:
    with pytest.raises(BuildError, match="not MAJOR"):
        versions.bumped("latest", "patch")


def test_each_kind_of_change_moves_its_part_and_lands_in_the_changelog(tmp_path: Path) -> None:
    project = tiny(tmp_path, TINY)
    first, changed = versions.bump(project, api(project))
    assert changed and first.version == "1.4.2-unofficial" and first.history[0]["level"] == "initial"
    assert versions.stale_reason(project, api(project)) is None

    edited(project, lambda s: s["info"].update(description="A tiny API, described better."))
    reason = versions.stale_reason(project, api(project))
    assert reason is not None and "without its version moving" in reason and "a patch change" in reason
    assert versions.bump(project, api(project))[0].version == "1.4.3-unofficial"

    edited(project, lambda s: s["components"]["schemas"]["Thing"]["properties"].update(colour={"type": "string"}))
    assert versions.bump(project, api(project))[0].version == "1.5.0-unofficial"

    edited(project, lambda s: s["components"]["schemas"]["Thing"]["properties"].pop("size"))
    release, _ = versions.bump(project, api(project))
    assert release.version == "2.0.0-unofficial"
    assert versions.stale_reason(project, api(project)) is None
    # The version is written where the spec keeps it, and the effective spec reads it back.
    written = json.loads((project.openapi_dir / "tiny" / "openapi.json").read_text())
    assert written["info"]["version"] == "2.0.0-unofficial"

    text = versions.changelog(release, "Tiny")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 2.0.0-unofficial (major)",
        "## 1.5.0-unofficial (minor)",
        "## 1.4.3-unofficial (patch)",
        "## 1.4.2-unofficial (initial)",
    ]
    assert "- ERR `response-field-removed` #/components/schemas/Thing $.size" in text
    assert "- INFO `response-field-added` #/components/schemas/Thing $.colour" in text


def test_a_version_moved_by_hand_without_a_release_is_stale(tmp_path: Path) -> None:
    project = tiny(tmp_path, TINY)
    versions.bump(project, api(project))
    edited(project, lambda s: s["info"].update(version="9.9.9"))
    reason = versions.stale_reason(project, api(project))
    assert reason is not None and "9.9.9" in reason and "1.4.2-unofficial" in reason


def test_a_project_without_releases_keeps_no_versions_but_a_missing_record_is_stale(tmp_path: Path) -> None:
    unversioned = tiny(tmp_path / "a", TINY, releases=False)
    assert versions.stale_reason(unversioned, api(unversioned)) is None
    versioned = tiny(tmp_path / "b", TINY)
    reason = versions.stale_reason(versioned, api(versioned))
    assert reason is not None and "releases/tiny.json is missing" in reason


def test_the_committed_specs_are_released_at_their_versions() -> None:
    """Every API has a release record, and its spec's content and version match it (else: build.py --bump)."""
    project = Project(REPO_ROOT)
    for each in project.apis().values():
        assert versions.load(project, each) is not None, each.name
        assert versions.stale_reason(project, each) is None, each.name


def test_export_writes_each_apis_changelog(tmp_path: Path, build_cli: BuildCli) -> None:
    project = tiny(tmp_path, TINY)
    versions.bump(project, api(project))
    edited(project, lambda s: s["components"]["schemas"]["Thing"]["properties"].pop("size"))
    versions.bump(project, api(project))
    dest = tmp_path / "out"
    assert build_cli("--export", str(dest), "--root", str(project.root)).returncode == 0
    changelog = (dest / "tiny.changelog.md").read_text()
    assert changelog.startswith("# Tiny: spec changelog")
    assert "## 2.0.0-unofficial (major)" in changelog and "`response-field-removed`" in changelog
    exported = json.loads((dest / "tiny.json").read_text())
    assert exported["info"]["version"] == "2.0.0-unofficial"


OVERLAY = """\
overlay: 1.0.0
info:
  title: ours
  version: 1.0.0
actions:
- target: $.info
  update:
    description: What only we know.
- target: $.components.schemas.Thing.properties
  update:
    colour:
      type: string
"""

SPEC_YAML = """\
openapi: 3.1.0
info:
  title: Tiny
  description: A tiny API.
  version: "3.1"
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        name:
          type: string
"""


def test_the_version_is_written_into_the_overlay_or_the_yaml_spec_by_one_line(tmp_path: Path) -> None:
    """An overlaid spec gets its version from the overlay's $.info action (added on the first bump); a YAML spec
    has its `info.version` line rewritten; everything else in either file stays byte for byte."""
    project = tiny(tmp_path / "overlaid", TINY)
    overlay = project.openapi_dir / "tiny" / "overlay.yaml"
    overlay.write_text(OVERLAY)
    with (project.openapi_dir / "apis.toml").open("a") as toml:
        toml.write('overlay = "tiny/overlay.yaml"\n')
    versions.bump(project, api(project))
    overlay.write_text(OVERLAY.replace("colour:", "shade:"))  # a field renamed: breaking
    release, _ = versions.bump(project, api(project))
    assert release.version == "2.0.0-unofficial"
    assert overlay.read_text() == OVERLAY.replace("colour:", "shade:").replace(
        "  update:\n    description: What", '  update:\n    version: "2.0.0-unofficial"\n    description: What'
    )
    overlay.write_text(overlay.read_text().replace("only we know", "only we know, said better"))
    assert versions.bump(project, api(project))[0].version == "2.0.1-unofficial"
    assert versions.stale_reason(project, api(project)) is None

    plain = tiny(tmp_path / "yaml", TINY)
    (plain.openapi_dir / "apis.toml").write_text(
        '[tiny]\npackage = "tiny_client"\nspec = "tiny/openapi.yaml"\nconfig = "tiny/config.yaml"\n'
    )
    spec_file = plain.openapi_dir / "tiny" / "openapi.yaml"
    spec_file.write_text(SPEC_YAML)
    versions.bump(plain, api(plain))
    spec_file.write_text(SPEC_YAML.replace("A tiny API.", "A small API."))
    assert versions.bump(plain, api(plain))[0].version == "3.1.1"
    assert spec_file.read_text() == SPEC_YAML.replace("A tiny API.", "A small API.").replace('"3.1"', '"3.1.1"')
