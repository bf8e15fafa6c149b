"""The strict validation behind `drift.py check` and `live`: each kind of drift is caught, with its path.

These tests mutate known-good fixture bodies the way an API might change and assert the exact finding,
which also proves the fixture-conformance tests are able to fail.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from driftlib.findings import Problem, json_path
from driftlib.strict import strict_document

from contract_tests.contract_support import FIXTURES, additional_properties, checker_for


def body(api: str, name: str) -> Any:
    return copy.deepcopy(json.loads((FIXTURES / api / f"{name}.json").read_text(encoding="utf-8"))["response"]["body"])


def problems(operation_id: str, data: Any, status: int = 200) -> list[Problem]:
    checker = checker_for("onet")
    found: list[Problem] = checker.check(checker.spec.operations[operation_id], status, data)
    return found


def kinds(found: list[Problem]) -> set[tuple[str, str]]:
    return {(p.path, p.kind) for p in found}


def test_unmodified_body_has_no_findings() -> None:
    assert problems("get_details_tasks", body("onet", "get_details_tasks")) == []


@pytest.mark.parametrize(
    "mutate,expected",
    [
        (lambda b: b["task"][0].update(extra="x"), {("$.task[0].extra", "field-added")}),
        (lambda b: b["task"][1].pop("title"), {("$.task[1].title", "field-removed")}),
        (lambda b: b.update(total="25"), {("$.total", "type-changed")}),
        (lambda b: b["task"][0].update(category="Optional"), {("$.task[0].category", "enum-widened")}),
        (lambda b: b["task"][0].update(importance=None), {("$.task[0].importance", "became-nullable")}),
        (lambda b: b.update(tasks=b.pop("task")), {("$.tasks", "field-added"), ("$.task", "field-removed")}),
        (lambda b: b["task"][2].update(related=7), {("$.task[2].related", "type-changed")}),
    ],
    ids=["added", "dropped", "retyped", "enum", "null", "renamed", "retyped-nested"],
)
def test_each_mutation_is_reported_with_kind_and_path(mutate: Any, expected: set[tuple[str, str]]) -> None:
    data = body("onet", "get_details_tasks")
    mutate(data)
    assert kinds(problems("get_details_tasks", data)) == expected


def test_finding_says_what_was_expected_and_seen() -> None:
    data = body("onet", "get_details_tasks")
    data["total"] = "25"
    (problem,) = problems("get_details_tasks", data)
    assert problem.expected == "integer"
    assert problem.seen == 'string "25"'


def test_allof_members_are_merged_before_closing_objects() -> None:
    data = body("onet", "list_career_cluster_occupations")
    assert problems("list_career_cluster_occupations", data) == []  # fields of both composed members accepted
    data["occupation"][0]["career_cluster"]["green"] = False
    data["occupation"][1]["tags"]["green"] = False
    assert kinds(problems("list_career_cluster_occupations", data)) == {
        ("$.occupation[0].career_cluster.green", "field-added"),
        ("$.occupation[1].tags.green", "field-added"),
    }


def test_declared_maps_keep_their_additional_properties_schema() -> None:
    data = body("onet", "list_database_rows")
    data["row"][0]["new_column"] = 3.5
    assert problems("list_database_rows", data) == []
    data["row"][0]["flag"] = True
    assert kinds(problems("list_database_rows", data)) == {("$.row[0].flag", "type-changed")}


def test_anyof_reports_the_branch_the_value_was_meant_for() -> None:
    data = body("onet", "get_about")
    data["database"]["released"] = "2025-08"
    assert kinds(problems("get_about", data)) == {("$.database.released", "field-added")}
    data = body("onet", "get_about")
    data["database"] = 29
    (problem,) = problems("get_about", data)
    assert (problem.path, problem.kind, problem.expected) == ("$.database", "type-changed", "string | object")


def test_undeclared_status_and_declared_bodyless_status() -> None:
    (problem,) = problems("get_about", {"error": "teapot"}, status=418)
    assert problem.kind == "status-undeclared" and "422" in problem.expected and problem.seen == "418"
    assert problems("get_about", "<html>Unauthorized</html>", status=401) == []


def test_strict_copy_leaves_the_committed_spec_untouched() -> None:
    spec = checker_for("onet").spec.document
    before = json.dumps(spec, sort_keys=True)
    strict = strict_document(spec)
    assert json.dumps(spec, sort_keys=True) == before
    assert strict["components"]["schemas"]["Tags"]["additionalProperties"] is False
    assert "additionalProperties" not in spec["components"]["schemas"]["Tags"]


def test_json_paths_quote_odd_keys() -> None:
    assert json_path(["occupation", 0, "tags", "bright_outlook"]) == "$.occupation[0].tags.bright_outlook"
    assert json_path(["odd key", 2]) == '$["odd key"][2]'


def test_unknown_keys_in_a_parsed_model_are_found() -> None:
    from onet_client.models.report_details_tasks import ReportDetailsTasks

    data = body("onet", "get_details_tasks")
    assert list(additional_properties(ReportDetailsTasks.from_dict(data))) == []
    data["task"][1]["difficulty"] = "high"
    leaked = list(additional_properties(ReportDetailsTasks.from_dict(data)))
    assert leaked == ["$.task[1] (difficulty)"]
