"""scripts/build.py --fetch runs that write the snapshot and regenerate the client (the real generator, in-process).

Two runs: "alternative" (another layout of the same API with two breaking changes; its generated tree is read)
and "ungeneratable" (valid OpenAPI the generator rejects at its parse). The report-only cases, which need no
generated tree, are --dry-run runs in test_fetch_report.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.build.fetch_support import (
    ALT_TAG,
    CHECK_PAGINATION,
    METADATA,
    MOVED_PATH,
    MOVED_TO,
    PAGINATION,
    SNAPSHOT,
    STEM_PATH,
    Fetch,
    Server,
    alternative_layout,
    broken_definition,
    copy_repo,
    effective,
    json_body,
    load,
    python_names,
    run_fetch,
    state,
    ungeneratable,
)
from tests.conftest import BuildCli

pytestmark = [
    pytest.mark.cost(9),  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)
    pytest.mark.usefixtures("no_proxy"),  # tests/build/conftest.py
]


@pytest.fixture(scope="module")
def alternative(build_cli: BuildCli, server: Server, pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> Fetch:
    """Another layout of the same API with the two breaking changes of "broken": written, regenerated, JSON report."""
    root = copy_repo(pristine, tmp_path_factory.mktemp("alternative"))
    body = json.dumps(broken_definition(alternative_layout(load(pristine))[0])).encode()
    return run_fetch(build_cli, server, root, "alternative", body, "--format", "json")


@pytest.fixture(scope="module")
def ungeneratable_run(
    build_cli: BuildCli, server: Server, pristine: Path, tmp_path_factory: pytest.TempPathFactory
) -> Fetch:
    """Valid OpenAPI the generator rejects: the run that must put the previous snapshot back."""
    root = copy_repo(pristine, tmp_path_factory.mktemp("ungeneratable"))
    return run_fetch(build_cli, server, root, "ungeneratable", json.dumps(ungeneratable(load(pristine))).encode())


# --- tests -------------------------------------------------------------------------------------------


def test_fetch_writes_normalized_snapshot_and_metadata_and_regenerates(alternative: Fetch) -> None:
    result = alternative.result
    assert result.returncode == 1, result.stdout + result.stderr  # breaking (test_json_report_...)
    assert "generated 1 package(s)" in result.stderr  # regenerated (progress goes to stderr)
    text = (alternative.root / SNAPSHOT).read_text(encoding="utf-8")
    served = json.loads(alternative.body)
    assert json.loads(text) == served  # the served definition, normalized:
    assert text == json.dumps(served, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    meta = json.loads((alternative.root / METADATA).read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256((alternative.root / SNAPSHOT).read_bytes()).hexdigest()
    assert meta["source_url"] == alternative.url and meta["origin"] == "published"
    retrieved = datetime.fromisoformat(meta["retrieved_at"].replace("Z", "+00:00"))
    assert retrieved.utcoffset() == timedelta(0)
    assert alternative.started - timedelta(seconds=2) <= retrieved <= datetime.now(UTC) + timedelta(seconds=2)


def test_the_snapshot_and_generated_client_follow_the_breaking_changes(alternative: Fetch, pristine: Path) -> None:
    """The same two changes as "broken", written: the snapshot and the operation's generated module follow them."""
    op_id = effective(pristine)["paths"][STEM_PATH]["get"]["operationId"]
    schema = json_body(load(alternative.root)["paths"][STEM_PATH]["get"])["schema"]
    assert "title" not in schema["properties"]["occupation"]["items"]["properties"]
    module = f"generated_client/onet_client/api/online/{op_id}.py"
    assert module in alternative.before and state(alternative.root)[module] != alternative.before[module]


def test_json_report_parses_and_lists_the_breaking_changes(alternative: Fetch, pristine: Path) -> None:
    result = alternative.result  # the alternative layout, plus the two changes of "broken"
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["breaking"] is True
    # The two planted changes and the moved path (removed: breaking; added under its new path: not breaking).
    flags = [c["breaking"] for c in report["findings"]]
    counts = report["counts"]
    assert (counts["ERR"], counts["WARN"] + counts["INFO"]) == (flags.count(True), flags.count(False))
    assert (counts["ERR"], counts["WARN"] + counts["INFO"]) == (3, 1)
    # The overlay pins operationIds and tags by method + path, so the report names the operation as before.
    label = f"GET {STEM_PATH} ({effective(pristine)['paths'][STEM_PATH]['get']['operationId']})"
    keys = ("operation", "path", "kind", "breaking", "expected", "seen")  # rule, severity, ... checked elsewhere
    schema_changes = [{k: c[k] for k in keys} for c in report["findings"] if c["operation"] == label]
    assert sorted(schema_changes, key=lambda c: str(c["path"])) == [
        {
            "operation": label,
            "path": "response 200 $.occupation[].tags.bright_outlook",
            "kind": "type-changed",
            "breaking": True,
            "expected": "boolean",
            "seen": "string",
        },
        {
            "operation": label,
            "path": "response 200 $.occupation[].title",
            "kind": "field-removed",
            "breaking": True,
            "expected": "string",
            "seen": None,
        },
    ]


def test_alternative_definition_keeps_python_names_and_paging_and_reports_the_overlay(
    alternative: Fetch, pristine: Path
) -> None:
    """Other operationIds, one tag, inline parameters and envelopes, one moved path: the overlay still applies."""
    definition, expected = alternative_layout(load(pristine))
    assert any(expected.values()), "the definition has no paged operation"
    run = alternative
    result = run.result
    assert result.returncode == 1, result.stdout + result.stderr  # the planted changes and the moved path
    report = json.loads(result.stdout)
    assert not {c["kind"] for c in report["findings"]} & {"operation-id-changed", "tag-changed"}

    # Same method + path, same generated module (tag package and operationId module).
    before, after = python_names(pristine), python_names(run.root)
    kept = {key: name for key, name in before.items() if key[1] != MOVED_PATH}
    assert {key: name for key, name in after.items() if key in before} == kept
    api = run.root / "generated_client" / "onet_client" / "api"
    missing = [name for name in kept.values() if not (api / f"{name.replace('.', '/')}.py").is_file()]
    assert not missing, missing
    # The moved operation has no overlay names any more: it keeps the published ones, alone in their tag.
    moved_id = definition["paths"][MOVED_TO]["get"]["operationId"]
    assert after[("get", MOVED_TO)] == f"{ALT_TAG}.{moved_id}"
    assert sorted(p.stem for p in (api / ALT_TAG).glob("*.py") if p.stem != "__init__") == [moved_id]

    # The report names the overlay's knowledge that no longer applies, and nothing else.
    overlay = report["overlay"]
    unmatched = [u["target"] for u in overlay["unmatched"]]
    assert f"$.paths['{MOVED_PATH}'].get" in unmatched
    assert all(target.startswith(f"$.paths['{MOVED_PATH}']") for target in unmatched), unmatched
    assert overlay["renamed"] == [] and overlay["redundant"] == []

    if not PAGINATION.exists():
        pytest.skip("onet_client.pagination (overrides/onet_client/pagination.py) does not exist yet")
    by_module = {after[key]: fields for key, fields in expected.items()}
    check = subprocess.run(
        [sys.executable, "-c", CHECK_PAGINATION, json.dumps(by_module)],
        env={**os.environ, "PYTHONPATH": str(run.root / "generated_client")},  # the fetched build, not ours
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_generation_failure_restores_the_previous_snapshot(ungeneratable_run: Fetch) -> None:
    run = ungeneratable_run
    result = run.result
    assert result.returncode == 2, result.stdout + result.stderr
    assert "openapi-python-client" in result.stderr and "Traceback" not in result.stderr
    assert "warnings fail the build" in result.stderr  # stopped at the generator's parse
    assert state(run.root) == run.before
