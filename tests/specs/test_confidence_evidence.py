"""Confidence tied to evidence: observed-in-real-response exactly when a real body backs the operation.

A real body is a live-evidence row that reports the operation's response (openapi/evidence.yaml, cited by the
operation) or a fixture recorded live or published by a third party. docs/evidence.md shows the result.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

import pytest
from buildlib import evidence
from buildlib.project import REPO_ROOT, Project

PROJECT = Project(REPO_ROOT)


@functools.cache
def collected() -> tuple[evidence.OperationEvidence, ...]:
    """The evidence of every operation, computed once, when a test first asks (not at collection, on every worker)."""
    return tuple(evidence.collect(PROJECT))


LIVE_EVIDENCE = REPO_ROOT.parent / "shared" / "reference" / "live-evidence.md"


def _by_id(api: str, operation_id: str) -> evidence.OperationEvidence:
    return next(e for e in collected() if e.api == api and e.operation_id == operation_id)


def test_confidence_is_observed_exactly_when_a_real_body_backs_it() -> None:
    assert evidence.mismatches(PROJECT, list(collected())) == []
    observed = [e for e in collected() if e.response_confidence == evidence.OBSERVED]
    assert len(observed) >= 20 and all(e.backed for e in observed)


def test_a_backed_operation_below_observed_is_reported() -> None:
    tasks = _by_id("onet", "get_details_tasks")
    assert tasks.backed and any(f.source == "recorded-public" for f in tasks.fixtures)
    lowered = dataclasses.replace(tasks, confidence="guess", response_confidence="guess")
    assert evidence.confidence_mismatches([lowered]) == [
        "onet get_details_tasks: a real body backs it, but its confidence is guess"
    ]


def test_an_observed_operation_without_a_real_body_is_reported() -> None:
    guessed = _by_id("onet", "list_in_demand_skills")
    assert not guessed.backed
    raised = dataclasses.replace(guessed, confidence=evidence.OBSERVED, response_confidence=evidence.OBSERVED)
    assert evidence.confidence_mismatches([raised]) == [
        f"onet list_in_demand_skills: {evidence.OBSERVED} but no recorded fixture or live-evidence row backs it"
    ]
    fixture_only = dataclasses.replace(_by_id("onet", "get_details_skills"), rows=())
    assert fixture_only.backed, "a recorded-public fixture alone backs an operation"
    synthesized = dataclasses.replace(
        fixture_only, fixtures=tuple(f for f in fixture_only.fixtures if f.source == "synthesized-from-reference")
    )
    assert not synthesized.backed, "a fixture synthesized from the spec is no evidence"


def test_a_row_the_operation_does_not_cite_backs_nothing() -> None:
    search = _by_id("onet", "keyword_search")
    assert set(search.rows) == {"O1", "O2"}
    uncited = dataclasses.replace(search, cited=("O5",), rows=())
    others = [e for e in collected() if e is not search]
    problems = evidence.row_mismatches(PROJECT, [*others, uncited])
    assert "onet O1: backs keyword_search, which does not cite it" in problems


def test_operations_backed_by_a_recorded_public_fixture_cite_its_source() -> None:
    spec_ops = {e.operation_id: e for e in collected() if e.api == "onet"}
    public = [e for e in spec_ops.values() if any(f.source == "recorded-public" for f in e.fixtures)]
    assert len(public) >= 17
    from buildlib.overlay import effective_spec

    spec = effective_spec(PROJECT.apis()["onet"])
    cited = {
        op["operationId"]: op.get("x-onet-evidence", [])
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for item in public:
        entries = [str(e) for e in cited[item.operation_id] if str(e).startswith("RECORDED_PUBLIC (")]
        repositories = {f.origin.split("@")[0] for f in item.fixtures if f.source == "recorded-public"}
        assert entries and all(any(r in e for e in entries) for r in repositories), item.operation_id


def test_rows_are_those_of_live_evidence_md() -> None:
    if not LIVE_EVIDENCE.is_file():
        pytest.skip(f"{LIVE_EVIDENCE} not found (shared/reference sits beside the repository)")
    text = LIVE_EVIDENCE.read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| ([OC]\d+) \|.*\| ([a-z][^|]*?) \| [^|]+ \|$", text, flags=re.M))
    rows = evidence.load_rows(PROJECT)
    ours = {row.id: row.strength for api in rows.values() for row in api.values()}
    assert set(ours) == set(table)
    for row_id, strength in ours.items():
        assert strength.split()[0] == table[row_id].split()[0], row_id


def _doc() -> tuple[Path, str]:
    doc = evidence.evidence_doc(PROJECT)
    assert doc is not None
    return doc


def test_evidence_doc_is_fresh() -> None:
    path, text = _doc()
    assert path == REPO_ROOT / "docs" / "evidence.md"
    assert path.read_text(encoding="utf-8") == text, "run `python scripts/build.py` (tox -e regen) and commit"


def test_evidence_doc_lists_confidence_rows_and_fixture_provenance() -> None:
    text = (REPO_ROOT / "docs" / "evidence.md").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("| `get_details_tasks` "))
    assert "observed-in-real-response" in line and "**O11**" in line
    assert "get_details_tasks__public_41_3091_00.json`: recorded-public, olwordeaux/onet_role_dna@2b457aa6" in line
    assert "captured 2026-06-01" in line


def test_a_stale_evidence_doc_fails_the_build_check(tmp_path: Path) -> None:
    path, text = _doc()
    assert evidence.stale_reason(PROJECT) is None
    copy = Project(tmp_path)
    assert path.relative_to(REPO_ROOT) == evidence.DOC
    assert "docs/evidence.md" in (evidence.stale_reason(copy, text=text) or "")
