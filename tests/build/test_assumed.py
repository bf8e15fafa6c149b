"""The `required` rule (buildlib.assumed): only evidence makes a response field required; the rest is assumed.

Small specs made here show the rule itself; the committed specs show it holds where it matters (a schema an
evidenced operation reaches keeps every `required` entry its file declares) and that the drift check still
reports a missing assumed field.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from buildlib import assumed
from buildlib.overlay import apply_file, effective_spec
from buildlib.project import Project
from buildlib.spec_index import assumed_required
from buildlib.specs import load_spec, operations, resolve_pointer
from driftlib.findings import ASSUMED_NOTE
from driftlib.spec import Spec as DriftSpec
from driftlib.validate import ApiChecker

ROOT = Path(__file__).resolve().parents[2]
NOTE = assumed.vocabulary().assumed_note


def op(rating: str | None, ref: str, **extra: Any) -> dict[str, Any]:
    """A GET operation with the given rating whose 200 body is the component `ref`."""
    schema = {"$ref": f"#/components/schemas/{ref}"}
    found: dict[str, Any] = {
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
    }
    if rating is not None:
        found["x-onet-confidence"] = rating
    return {**found, **extra}


def item(*required: str) -> dict[str, Any]:
    props = {"code": {"type": "string", "description": "The code."}, "title": {"type": "string"}}
    return {"type": "object", "required": list(required), "properties": props}


def tiny(paths: dict[str, dict[str, Any]], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {path: {"get": operation} for path, operation in paths.items()},
        "components": {"schemas": schemas},
    }


def listing(items: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["total", "item"],
        "properties": {"total": {"type": "integer"}, "item": {"type": "array", "items": {"$ref": items}}},
    }


def test_a_schema_only_guessed_operations_reach_assumes_its_fields() -> None:
    spec = tiny({"/a": op("guess", "List")}, {"List": listing("#/components/schemas/Item"), "Item": item("code")})
    result = assumed.demote(spec)
    schemas = spec["components"]["schemas"]
    assert "required" not in schemas["List"] and schemas["List"][assumed.ASSUMED] == ["total", "item"]
    assert "required" not in schemas["Item"] and schemas["Item"][assumed.ASSUMED] == ["code"]
    assert schemas["Item"]["properties"]["code"]["description"] == f"The code. {NOTE}"
    assert schemas["Item"]["properties"]["title"] == {"type": "string"}  # not required before: untouched
    assert (result.count, result.operations) == (3, ["GET /a"])


def test_a_schema_an_evidenced_operation_shares_keeps_required() -> None:
    schemas = {"Guessed": listing("#/components/schemas/Item"), "Item": item("code", "title")}
    spec = tiny({"/a": op("guess", "Guessed"), "/b": op("observed-in-real-response", "Item")}, schemas)
    assumed.demote(spec)
    assert spec["components"]["schemas"]["Item"]["required"] == ["code", "title"]
    assert assumed.ASSUMED not in spec["components"]["schemas"]["Item"]
    assert spec["components"]["schemas"]["Guessed"][assumed.ASSUMED] == ["total", "item"]


def test_a_schema_a_request_body_also_carries_keeps_required() -> None:
    """The rule is about what responses promise; a request body's `required` is what the client must send."""
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}
    spec = tiny({"/a": op("guess", "Item", requestBody=body)}, {"Item": item("code")})
    assumed.demote(spec)
    assert spec["components"]["schemas"]["Item"]["required"] == ["code"]
    assert assumed.ASSUMED not in spec["components"]["schemas"]["Item"]


@pytest.mark.parametrize(
    ("extra", "demoted"),
    [
        ({}, False),  # documented
        ({"x-onet-confidence-detail": {"response": "guess (layout not published)"}}, True),
        ({"x-onet-confidence-detail": {"path_and_response": "inferred-from-v1.9"}}, True),
    ],
    ids=["documented", "response-guessed", "path-and-response-inferred"],
)
def test_a_response_rated_apart_from_its_operation_follows_its_own_rating(extra: dict[str, Any], demoted: bool) -> None:
    spec = tiny({"/a": op("documented", "Item", **extra)}, {"Item": item("code")})
    assumed.demote(spec)
    assert (assumed.ASSUMED in spec["components"]["schemas"]["Item"]) is demoted


def test_careeronestop_response_rating_and_a_real_body_outranking_an_old_one() -> None:
    guessed_response = {"x-careeronestop-confidence": "documented", "x-careeronestop-response-confidence": "guess"}
    assert assumed.response_rating(guessed_response) == "guess"
    seen = {"x-onet-confidence": "observed-in-real-response", "x-onet-confidence-detail": {"response": "guess"}}
    assert assumed.response_rating(seen) == "observed-in-real-response"
    assert assumed.response_rating({}) == "documented"  # a provider's own definition states no rating


def test_unrated_spec_is_left_as_written() -> None:
    spec = tiny({"/a": op(None, "Item")}, {"Item": item("code")})
    before = copy.deepcopy(spec)
    assert assumed.demote(spec).count == 0 and spec == before


def test_restored_copy_and_the_spec_index_still_know_the_assumed_fields() -> None:
    spec = tiny({"/a": op("guess", "List")}, {"List": listing("#/components/schemas/Item"), "Item": item("code")})
    assumed.demote(spec)
    assert assumed.restored(spec)["components"]["schemas"]["Item"]["required"] == ["code"]
    assert "required" not in spec["components"]["schemas"]["Item"]  # restored() works on a copy
    (_, _, guessed), *_ = operations(spec)
    assert assumed_required(spec, guessed) == {
        "200": [{"at": [], "fields": ["total", "item"]}, {"at": ["item", "*"], "fields": ["code"]}]
    }


def _required_lists(node: Any) -> list[list[str]]:
    found: list[list[str]] = []
    if isinstance(node, dict):
        if isinstance(node.get("required"), list):
            found.append(list(node["required"]))
        for value in node.values():
            found += _required_lists(value)
    elif isinstance(node, list):
        for value in node:
            found += _required_lists(value)
    return found


@pytest.mark.parametrize("name", ["onet", "careeronestop"])
def test_committed_specs_keep_required_wherever_an_evidenced_operation_reaches(name: str) -> None:
    api = Project(ROOT).apis()[name]
    written = apply_file(load_spec(api.spec), api.overlay).spec  # base + overlay, before the rule
    built = effective_spec(api)
    vocab = assumed.vocabulary()
    checked = 0
    assert [p for _, p, _ in operations(written)] == [p for _, p, _ in operations(built)]
    for _, _, before in operations(written):
        if not vocab.shows(assumed.response_rating(before)):
            continue
        for root in assumed.reached(written, before.get("responses") or {}):
            lists = _required_lists(resolve_pointer(written, root))
            assert _required_lists(resolve_pointer(built, root)) == lists, root
            checked += len(lists)
    assert checked > 0


def test_onet_guessed_schemas_lost_their_required_lists() -> None:
    api = Project(ROOT).apis()["onet"]
    built = effective_spec(api)
    vocab = assumed.vocabulary()
    weak = [op for _, _, op in operations(built) if not vocab.shows(assumed.response_rating(op))]
    assert len(weak) > 50
    assert sum(len(assumed_required(built, op)) > 0 for op in weak) > 50


def test_drift_check_reports_a_missing_assumed_field_as_field_removed_noted_as_assumed() -> None:
    api = Project(ROOT).apis()["onet"]
    spec = DriftSpec(effective_spec(api), name="onet")
    operation = next(o for o in spec.operations.values() if o.path == "/online/hot_technology")
    body = {"start": 1, "end": 1, "total": 1, "technology": [{"href": "https://x/1"}]}
    problems = ApiChecker(spec).check(operation, 200, body)
    assert [(p.path, p.kind.value, p.expected) for p in problems] == [
        ("$.technology[0].title", "field-removed", ASSUMED_NOTE)
    ]
