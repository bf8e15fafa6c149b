"""Recorded-public fixtures: real bodies published by third parties, with an account of origin anyone can check.

The replay through the SDK and the strict check are the same as for every fixture (test_contract_replay.py,
`drift.py check`); here the provenance itself is checked. With DOL_SDK_PUBLIC_MIRRORS naming a folder of git
mirrors (`<owner>+<name>/repo`, as a `git clone --mirror` or the workplace's fetch leaves them), every body is
compared with the source file at the recorded commit; without it that comparison is skipped.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from driftlib.fixtures import Fixture

from contract_tests.public_sources import (
    RECORDED_PUBLIC,
    provenance_problems,
    read_source,
    source_mismatch,
)
from contract_tests.test_contract_fixtures import all_fixtures

PUBLIC = [f for f in all_fixtures() if f.provenance["source"] == RECORDED_PUBLIC]
OVERVIEW_SECTIONS = {
    "get_occupation_overview",
    "get_details_tasks",
    "get_details_technology_skills",
    "get_hot_technology",
    "get_details_work_activities",
    "get_details_detailed_work_activities",
    "get_details_work_context",
    "get_details_job_zone",
    "get_details_apprenticeship",
    "get_details_skills",
    "get_details_knowledge",
    "get_details_education",
    "get_details_abilities",
    "get_details_interests",
    "get_details_work_styles",
    "get_details_related_occupations",
    "get_details_professional_associations",
}


def _mirrors() -> Path | None:
    folder = os.environ.get("DOL_SDK_PUBLIC_MIRRORS")
    return Path(folder) if folder and Path(folder).is_dir() else None


def test_every_occupation_report_section_has_a_real_body() -> None:
    covered = {f.operation_id for f in PUBLIC if f.api == "onet"}
    assert covered >= OVERVIEW_SECTIONS, sorted(OVERVIEW_SECTIONS - covered)


@pytest.mark.parametrize("fixture", PUBLIC, ids=[f.path.stem for f in PUBLIC])
def test_provenance_accounts_for_every_member(fixture: Fixture) -> None:
    assert provenance_problems(fixture) == []
    assert fixture.is_success


def _edited(fixture: Fixture, edit: str) -> Fixture:
    data = copy.deepcopy(fixture.data)
    body = data["response"]["body"]
    if edit == "extra":
        body["invented"] = 1
    elif edit == "window":
        body["end"] += 1
    elif edit == "licence":
        data["provenance"]["attribution"] = "O*NET data"
    return Fixture(path=fixture.path, api=fixture.api, data=data)


@pytest.mark.parametrize("edit", ["extra", "window", "licence"])
def test_an_unaccounted_member_a_wrong_window_or_a_missing_licence_is_caught(edit: str) -> None:
    paged = next(f for f in PUBLIC if f.operation_id == "get_details_tasks")
    assert provenance_problems(paged) == []
    assert provenance_problems(_edited(paged, edit))


def test_a_body_that_differs_from_its_source_is_caught() -> None:
    fixture = next(f for f in PUBLIC if f.operation_id == "get_details_tasks" and f.provenance["extract"].get("line"))
    line = fixture.provenance["extract"]["line"]
    items = fixture.body["task"]
    document = {"details": {"tasks": items}}
    text = "\n".join(["{}"] * (line - 1) + [json.dumps(document)])
    assert source_mismatch(fixture, text) is None
    document["details"]["tasks"] = [{**items[0], "importance": 1}, *items[1:]]
    text = "\n".join(["{}"] * (line - 1) + [json.dumps(document)])
    assert "at item 0" in (source_mismatch(fixture, text) or "")


@pytest.mark.parametrize("fixture", PUBLIC, ids=[f.path.stem for f in PUBLIC])
def test_body_is_the_source_files_at_the_recorded_commit(fixture: Fixture) -> None:
    mirrors = _mirrors()
    if mirrors is None:
        pytest.skip("set DOL_SDK_PUBLIC_MIRRORS to a folder of git mirrors to compare with the sources")
    text = read_source(mirrors, fixture)
    if text is None:
        pytest.skip(f"no mirror of {fixture.provenance['repository']} at {fixture.provenance['commit']}")
    assert source_mismatch(fixture, text) is None
