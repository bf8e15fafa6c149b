"""The mutation run measures recall honestly: full on the real checker, lower when the checker is blinded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from buildlib.kinds import Kind
from driftlib.apis import load_apis
from driftlib.cli import main
from driftlib.mutate import Oracle, allows_type, render, run
from driftlib.validate import ApiChecker

from .conftest import copy_fixtures

SAMPLE = ("get_details_tasks.json", "list_career_cluster_occupations.json", "get_about.json", "list_database_rows.json")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return copy_fixtures(tmp_path, "onet", *SAMPLE)


def test_every_mutation_kind_is_exercised_and_detected(sample: Path) -> None:
    tallies = run([load_apis()["onet"]], sample, per_kind=5)
    assert {"add-field", "drop-field", "retype", "null", "content-type", "status"} <= set(tallies)
    for name, tally in tallies.items():
        assert tally.expected > 0, name
        assert tally.detected == tally.expected, (name, tally.missed)
        assert tally.unexpected == 0, name
    assert "| **all** |" in render(tallies)


def test_a_blind_checker_loses_recall(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop the field-added findings: the run must notice (so a perfect score is not built in)."""
    original = ApiChecker.check

    def blind(self: ApiChecker, *args: Any, **kwargs: Any) -> Any:
        return [p for p in original(self, *args, **kwargs) if p.kind is not Kind.FIELD_ADDED]

    monkeypatch.setattr(ApiChecker, "check", blind)
    tallies = run([load_apis()["onet"]], sample, per_kind=5)
    assert tallies["add-field"].recall == 0.0 and tallies["add-field"].missed
    assert tallies["retype"].recall == 1.0
    assert main(["mutate", "--api", "onet", "--fixtures", str(sample)]) == 1


def test_oracle_reads_maps_and_placeholders_as_open() -> None:
    assert Oracle.closed({"type": ["object"], "properties": {"a": {}}})
    assert not Oracle.closed({"type": ["object"], "properties": {"a": {}}, "additionalProperties": {"type": "string"}})
    assert not Oracle.closed({"type": ["object"]})
    assert allows_type({"type": ["number"]}, 3) and not allows_type({"type": ["integer"]}, 3.5)
