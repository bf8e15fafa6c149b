"""One effective spec per API: the build, --check and the export all see the overlay."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from buildlib.export import build_document
from buildlib.overlay import effective_spec, overlay_for
from buildlib.project import REPO_ROOT, Project

from tests.conftest import BuildCli

pytestmark = pytest.mark.cost(2)  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)

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


def test_check_notices_an_overlay_edit_that_changes_no_generated_file(tmp_path: Path, build_cli: BuildCli) -> None:
    """The suite's one build of a committed spec (in-process, tests/conftest.py)."""
    for name in ("openapi", "overrides", "generated_client"):
        shutil.copytree(REPO_ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    overlay = tmp_path / ONET_OVERLAY
    text = overlay.read_text(encoding="utf-8")
    assert "\n  version: 1.0.0\n" in text
    # The overlay's own version reaches no generated file; only the recorded overlay hash can tell.
    overlay.write_text(text.replace("\n  version: 1.0.0\n", "\n  version: 1.0.1\n", 1))
    result = build_cli("--root", str(tmp_path), "--check", "--api", "onet")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "STALE onet" in result.stdout and "overlay_sha256" in result.stdout
