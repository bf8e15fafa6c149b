"""One effective spec per API: the build, --check and the export all see the overlay."""

from __future__ import annotations

from pathlib import Path

from buildlib.export import build_document
from buildlib.overlay import effective_spec, overlay_for
from buildlib.project import REPO_ROOT, Project

from tests.build.test_build import make_project
from tests.conftest import BuildCli

ONET_OVERLAY = Path("openapi/onet/overlay.yaml")


def test_apis_toml_pairs_the_onet_spec_with_its_overlay() -> None:
    apis = Project(REPO_ROOT).apis()
    assert apis["onet"].overlay == REPO_ROOT / ONET_OVERLAY
    assert overlay_for(apis["onet"].spec) == REPO_ROOT / ONET_OVERLAY
    assert apis["careeronestop"].overlay is None and overlay_for(apis["careeronestop"].spec) is None


def test_export_writes_the_effective_spec() -> None:
    api = Project(REPO_ROOT).apis()["onet"]
    exported = build_document(api)
    assert exported["paths"]["/"]["get"]["operationId"] == "get_service_index"  # only the overlay defines it
    assert exported == effective_spec(api)  # already self-contained: bundling changes nothing


TINY_OVERLAY = """overlay: 1.0.0
info: {title: Tiny overlay, version: 1.0.0}
actions:
  - target: $.paths['/things'].get
    update: {summary: Every thing there is}
"""


def test_check_notices_an_overlay_edit_that_changes_no_generated_file(tmp_path: Path, build_cli: BuildCli) -> None:
    """A tiny API with an overlay and a metadata file (the build of the committed specs is regen-check's job)."""
    root = make_project(tmp_path / "project")
    overlay = root / "openapi" / "tiny" / "overlay.yaml"
    overlay.write_text(TINY_OVERLAY, encoding="utf-8")
    (root / "openapi" / "tiny" / "source.json").write_text("{}\n", encoding="utf-8")
    with (root / "openapi" / "apis.toml").open("a", encoding="utf-8") as toml:  # [tiny] is its last table
        toml.write('overlay = "tiny/overlay.yaml"\nmetadata = "tiny/source.json"\n')
    built = build_cli("--root", str(root))
    assert built.returncode == 0, built.stdout + built.stderr
    generated = root / "generated_client" / "tiny_client"
    assert "Every thing there is" in (generated / "api" / "things" / "list_things.py").read_text(encoding="utf-8")
    assert build_cli("--root", str(root), "--check").returncode == 0
    # The overlay's own version reaches no generated file; only the recorded overlay hash can tell.
    overlay.write_text(TINY_OVERLAY.replace("version: 1.0.0", "version: 1.0.1"), encoding="utf-8")
    result = build_cli("--root", str(root), "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "STALE tiny" in result.stdout and "overlay_sha256" in result.stdout
    assert " added, " not in result.stdout  # no generated file differs
