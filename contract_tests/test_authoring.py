"""The fixture authoring tool: the committed fixtures are what it produces, and it follows spec changes."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from buildlib.specs import effective_schema
from driftlib.apis import API_NAMES, load_apis
from driftlib.fixtures import format_problems
from driftlib.spec import Spec
from driftlib.validate import ApiChecker

from contract_tests.authoring.cli import changes, main, render
from contract_tests.authoring.engine import Engine
from contract_tests.authoring.exchanges import ApiData, Author, AuthoringError, load_api_data
from contract_tests.contract_support import FIXTURES

SEARCH = "GET /online/search"


@pytest.mark.parametrize("api", API_NAMES)
def test_committed_fixtures_are_what_the_authoring_data_produces(api: str) -> None:
    texts, _, problems = render(api)
    assert problems == []
    write, stale = changes(texts, FIXTURES / api)
    assert (write, stale) == ([], []), "regenerate with `tox -e fixtures` (python -m contract_tests.authoring)"


def _author(api: str, document: dict[str, Any] | None = None, *, plans: bool = True) -> Author:
    config = load_apis()[api]
    spec = Spec(document, name=api) if document is not None else Spec.load(config.spec_path, name=api)
    data = load_api_data(api)
    if not plans:
        data = ApiData(api, data.settings, {}, data.vocabulary)
    return Author(config, data, spec)


@pytest.mark.parametrize("api", API_NAMES)
def test_engine_alone_builds_a_strict_fixture_for_every_operation(api: str) -> None:
    """Without any plan (as for an operation added to the spec), every fixture still passes the strict check."""
    author = _author(api, plans=False)
    checker = ApiChecker(author.spec)
    fixtures = author.fixtures()
    assert len(fixtures) == len(author.spec.operations)
    for name, fixture in fixtures.items():
        operation = author.spec.operations[fixture["operationId"]]
        problems = checker.check(operation, 200, fixture["response"]["body"])
        assert format_problems(fixture, author.config) == [] and problems == [], name


def _onet_document() -> dict[str, Any]:
    return copy.deepcopy(Spec.load(load_apis()["onet"].spec_path).document)


def _search(document: dict[str, Any]) -> dict[str, Any]:
    return dict(document["paths"]["/online/search"]["get"])


def test_renaming_an_operation_renames_only_its_files() -> None:
    document = _onet_document()
    before = _author("onet").fixtures()
    document["paths"]["/online/search"]["get"]["operationId"] = "search_occupations"
    after = _author("onet", document).fixtures()
    old = _search(_onet_document())["operationId"]
    assert f"{old}.json" not in after
    renamed = after["search_occupations.json"]
    assert renamed["operationId"] == "search_occupations"
    assert {**renamed, "operationId": old} == before[f"{old}.json"]


def test_body_follows_a_changed_schema() -> None:
    document = _onet_document()
    schemas = document["components"]["schemas"]
    item = effective_schema(document, schemas["KeywordSearchOccupation"])
    item["properties"].pop("relevance_score")
    item["properties"]["rank"] = {"type": "integer", "example": 7}
    item["required"] = [*item.get("required", []), "rank"]
    schemas["KeywordSearchOccupation"] = item
    author = _author("onet", document)
    body = author.fixtures()[f"{_search(document)['operationId']}.json"]["response"]["body"]
    assert all("relevance_score" not in o and o["rank"] == 7 for o in body["occupation"])
    assert any("relevance_score: dropped" in n for n in author.notices)
    assert any("rank: filled in" in n for n in author.notices)


def test_unplanned_required_parameter_takes_the_spec_example() -> None:
    document = _onet_document()
    operation = document["paths"]["/online/search"]["get"]
    operation["parameters"].append(
        {"name": "zone", "in": "query", "required": True, "schema": {"type": "integer"}, "example": 3}
    )
    fixture = _author("onet", document).fixtures()[f"{operation['operationId']}.json"]
    assert fixture["request"]["query"]["zone"] == "3"
    assert list(fixture["request"]["query"])[-1] == "zone"  # spec order


def test_new_operation_without_plan_gets_a_strict_fixture_and_a_notice() -> None:
    document = _onet_document()
    document["paths"]["/online/search_again"] = copy.deepcopy(document["paths"]["/online/search"])
    document["paths"]["/online/search_again"]["get"]["operationId"] = "search_again"
    author = _author("onet", document)
    fixture = author.fixtures()["search_again.json"]
    operation = author.spec.operations["search_again"]
    assert ApiChecker(author.spec).check(operation, 200, fixture["response"]["body"]) == []
    assert "GET /online/search_again: no plan; request and body built from the spec" in author.notices


def test_documentation_examples_are_kept_verbatim() -> None:
    data = load_api_data("onet")
    examples = {k: p for k, p in data.plans.items() if p.get("source") == "documentation-example"}
    assert examples
    for fixture in _author("onet").fixtures().values():
        key = f"{fixture['request']['method']} {fixture['request']['path']}"
        if key in examples and fixture["response"]["status"] == 200:
            assert fixture["response"]["body"] == examples[key]["body"]
            assert fixture["provenance"]["seed"] == examples[key]["seed"]


def test_engine_prefers_the_spec_example_then_default_enum_vocabulary() -> None:
    engine = Engine({}, {"color": ["red", 5], "code": ["25B", "15-1252.00"]})
    assert engine.fill({"type": "string", "example": "ex", "default": "d"}, "color") == "ex"
    assert engine.fill({"type": "string", "default": "d", "enum": ["a"]}, "color") == "d"
    assert engine.fill({"type": "string", "enum": ["a", "b"]}, "color", 1) == "b"
    assert engine.fill({"type": "string"}, "color") == "red"
    assert engine.fill({"type": "string", "pattern": r"^\d{2}-\d{4}\.\d{2}$"}, "code") == "15-1252.00"
    assert engine.fill({"type": "integer", "minimum": 4}, "other") == 4
    assert engine.fill({"type": "array", "items": {"type": "boolean"}}, "flags") == [False, True]
    assert (
        engine.fill({"anyOf": [{"type": "null"}, {"type": "string", "format": "uri"}]}, "link")
        == "https://example.org/link/1"
    )
    assert (
        engine.fill({"type": "string", "format": "uri"}, "color") == "https://example.org/color/1"
    )  # "red" is no link


def test_a_bad_plan_file_is_named(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parent / "authoring" / "careeronestop", tmp_path / "careeronestop")
    (tmp_path / "careeronestop" / "broken.yaml").write_text("operation: GET /x\ntotl: 3\n", encoding="utf-8")
    with pytest.raises(AuthoringError, match=r"broken\.yaml"):
        load_api_data("careeronestop", tmp_path)


def _live(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["provenance"] = {"source": "recorded-live", "recordedAt": "2026-11-30", "tool": "t", "toolVersion": "1"}
    path.write_text(json.dumps(data), encoding="utf-8")


def test_cli_check_then_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "careeronestop"
    shutil.copytree(FIXTURES / "careeronestop", out)
    edited, live = out / "list_licenses.json", out / "get_license_details.json"
    edited.write_text("{}", encoding="utf-8")
    _live(live)
    live_text = live.read_text(encoding="utf-8")
    (out / "old_name.json").write_text("{}", encoding="utf-8")
    args = ["--api", "careeronestop", "--out", str(tmp_path), "--quiet"]
    assert main([*args, "--check"]) == 1
    printed = capsys.readouterr().out
    assert "list_licenses.json" in printed and "old_name.json" in printed and "get_license_details" not in printed
    assert main(args) == 0
    assert edited.read_text(encoding="utf-8") == (FIXTURES / "careeronestop" / "list_licenses.json").read_text("utf-8")
    assert not (out / "old_name.json").exists() and live.read_text(encoding="utf-8") == live_text
    assert main([*args, "--check"]) == 0


def test_fit_reshapes_values_whose_type_changed() -> None:
    schema = {
        "type": "object",
        "properties": {
            "one": {"type": "object", "properties": {"a": {"type": "string"}}},
            "many": {"type": "array", "items": {"type": "object"}},
            "n": {"type": "integer"},
            "gone": {"type": ["string", "null"]},
        },
    }
    notices: list[str] = []
    body = {"one": [{"a": "x"}, {"a": "y"}], "many": {"b": 1}, "n": "7", "gone": None}
    fitted = Engine({}, {}).fit(body, schema, (), notices)
    assert fitted == {"one": {"a": "x"}, "many": [{"b": 1}], "n": 1, "gone": None}
    assert [n.split(":")[0] for n in notices] == ["$.one", "$.many", "$.n"]
