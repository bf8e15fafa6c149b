"""Spec diff rules on edited spec pairs: variants as sets, media types, security, constraints, moves, refs."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from buildlib.kinds import Kind, rules
from buildlib.overlay import effective_spec_at
from buildlib.specdiff import Change, diff, render_json
from buildlib.specs import RefError

from .conftest import ROOT

OP = "GET /items/{code} (get_item)"
ITEM = "#/components/schemas/Item"

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Items", "version": "1"},
    "security": [{"key": []}],
    "paths": {
        "/items/{code}": {
            "get": {
                "operationId": "get_item",
                "tags": ["items"],
                "parameters": [
                    {
                        "name": "code",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "pattern": "^[0-9]{2}$", "maxLength": 8},
                    },
                    {"name": "end", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 2000}},
                ],
                "responses": {
                    "200": {
                        "description": "One item.",
                        "content": {"application/json": {"schema": {"$ref": ITEM}}},
                    }
                },
            }
        },
        "/about": {
            "get": {
                "operationId": "get_about",
                "tags": ["meta"],
                "responses": {"200": {"description": "About.", "content": {"application/json": {"schema": {}}}}},
            }
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-API-Key"}},
        "schemas": {
            "Item": {
                "type": "object",
                "properties": {
                    "value": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"$ref": "#/components/schemas/Box"}]}
                },
            },
            "Box": {"type": "object", "properties": {"size": {"type": "integer"}}},
        },
    },
}


def edited(mutate: Callable[[dict[str, Any]], None]) -> list[Change]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return diff(BASE, new)


def facts(changes: list[Change]) -> set[tuple[str, str, str, str]]:
    return {(c.operation, c.path, c.kind.value, c.severity.value) for c in changes}


def item_op(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/items/{code}"]["get"]
    return op


def value_schema(spec: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = spec["components"]["schemas"]["Item"]["properties"]["value"]
    return value


def test_reordered_variants_are_no_change() -> None:
    assert edited(lambda s: value_schema(s)["anyOf"].reverse()) == []


def test_any_of_to_one_of_is_its_own_kind_with_the_severity_of_its_direction() -> None:
    """Same variants (reordered too), other keyword: one finding of its own kind, nothing about the variants."""
    to_one_of = edited(lambda s: value_schema(s).update(oneOf=value_schema(s).pop("anyOf")[::-1]))
    assert facts(to_one_of) == {(ITEM, "$.value", "any-of-now-one-of", "WARN")}
    (change,) = to_one_of
    assert (change.before, change.after) == ("anyOf", "oneOf")
    back = diff(to_one_of_spec(), BASE)
    assert facts(back) == {(ITEM, "$.value", "one-of-now-any-of", "ERR")}


def test_any_of_to_one_of_in_a_request_breaks_and_back_does_not() -> None:
    def param_union(keyword: str) -> Callable[[dict[str, Any]], None]:
        def mutate(spec: dict[str, Any]) -> None:
            item_op(spec)["parameters"][1]["schema"] = {keyword: [{"type": "integer"}, {"type": "string"}]}

        return mutate

    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    param_union("anyOf")(old)
    param_union("oneOf")(new)
    assert facts(diff(old, new)) == {(OP, "parameter end (query) $", "any-of-now-one-of", "ERR")}
    assert facts(diff(new, old)) == {(OP, "parameter end (query) $", "one-of-now-any-of", "INFO")}


def to_one_of_spec() -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    value_schema(spec)["oneOf"] = value_schema(spec).pop("anyOf")
    return spec


def test_variant_added_to_a_response_breaks_and_removed_does_not() -> None:
    added = edited(lambda s: value_schema(s)["anyOf"].append({"type": "boolean"}))
    assert facts(added) == {(ITEM, "$.value", "variant-added", "ERR")}
    removed = edited(lambda s: value_schema(s)["anyOf"].pop(0))
    assert facts(removed) == {(ITEM, "$.value", "variant-removed", "INFO")}


def test_a_changed_variant_is_compared_inside_not_reported_as_replaced() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        value_schema(spec)["anyOf"][2] = {"type": "object", "properties": {"size": {"type": "string"}}}

    assert facts(edited(mutate)) == {(ITEM, "$.value.size", "type-changed", "ERR")}


def test_media_type_change_breaks_and_an_added_media_type_does_not() -> None:
    def to_xml(spec: dict[str, Any]) -> None:
        content = item_op(spec)["responses"]["200"]["content"]
        content["application/xml"] = content.pop("application/json")

    (change,) = edited(to_xml)
    assert (change.operation, change.path, change.kind, change.severity.value) == (
        OP,
        "response 200",
        Kind.MEDIA_TYPE_CHANGED,
        "ERR",
    )
    assert (change.before, change.after) == (["application/json"], ["application/xml"])
    assert change.location == "#/paths/~1items~1{code}/get/responses/200"

    def add_csv(spec: dict[str, Any]) -> None:
        item_op(spec)["responses"]["200"]["content"]["text/csv"] = {"schema": {"type": "string"}}

    assert facts(edited(add_csv)) == {(OP, "response 200", "media-type-added", "INFO")}


def test_security_scheme_change_is_reported_once_with_the_operations_using_it() -> None:
    changes = edited(lambda s: s["components"]["securitySchemes"]["key"].update(name="X-Key"))
    (change,) = changes
    assert (change.operation, change.kind, change.severity.value) == (
        "#/components/securitySchemes/key",
        Kind.SECURITY_SCHEME_CHANGED,
        "ERR",
    )
    assert change.operations == ("GET /about (get_about)", OP)
    assert change.after == {"type": "apiKey", "in": "header", "name": "X-Key"}
    assert edited(lambda s: s["components"]["securitySchemes"]["key"].update(description="words")) == []


def test_operation_security_requirement_change_breaks() -> None:
    changes = edited(lambda s: item_op(s).update(security=[]))
    assert facts(changes) == {(OP, "security", "security-changed", "ERR")}


@pytest.mark.parametrize(
    ("edit", "kind", "severity"),
    [
        ({"pattern": "^[0-9]{2}-[0-9]{4}$"}, "constraint-tightened", "ERR"),
        ({"maxLength": 4}, "constraint-tightened", "ERR"),
        ({"maxLength": 16}, "constraint-loosened", "INFO"),
        ({"minLength": 2}, "constraint-tightened", "ERR"),
    ],
)
def test_path_parameter_constraints(edit: dict[str, Any], kind: str, severity: str) -> None:
    changes = edited(lambda s: item_op(s)["parameters"][0]["schema"].update(edit))
    assert facts(changes) == {(OP, "parameter code (path) $", kind, severity)}


def test_query_parameter_bounds_tightened_and_loosened() -> None:
    def bounds(minimum: int | None, maximum: int | None) -> Callable[[dict[str, Any]], None]:
        def mutate(spec: dict[str, Any]) -> None:
            schema = item_op(spec)["parameters"][1]["schema"]
            for key, value in (("minimum", minimum), ("maximum", maximum)):
                if value is None:
                    schema.pop(key)
                else:
                    schema[key] = value

        return mutate

    assert facts(edited(bounds(1, 500))) == {(OP, "parameter end (query) $", "constraint-tightened", "ERR")}
    assert facts(edited(bounds(None, 2000))) == {(OP, "parameter end (query) $", "constraint-loosened", "INFO")}
    (change,) = edited(bounds(1, 500))
    assert (change.before, change.after) == ({"maximum": 2000}, {"maximum": 500})


def test_moved_path_keeps_the_operation_and_shows_its_other_changes() -> None:
    def move(spec: dict[str, Any]) -> None:
        item = spec["paths"].pop("/items/{code}")
        item["get"]["parameters"][1]["required"] = True
        spec["paths"]["/v2/items/{code}"] = item

    assert facts(edited(move)) == {
        ("GET /v2/items/{code} (get_item)", "", "path-changed", "ERR"),
        ("GET /v2/items/{code} (get_item)", "parameter end (query)", "parameter-now-required", "ERR"),
    }


def test_dangling_ref_is_an_error_not_a_silent_skip() -> None:
    def dangle(spec: dict[str, Any]) -> None:
        item_op(spec)["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/Nope"
        }

    with pytest.raises(RefError, match="Nope"):
        edited(dangle)


def test_every_change_carries_a_rule_and_severity_in_json() -> None:
    changes = edited(lambda s: value_schema(s)["anyOf"].append({"type": "boolean"}))
    (entry,) = json.loads(render_json(changes))["findings"]
    assert entry["rule"] == "response-variant-added" and entry["severity"] == "ERR"
    assert entry["rule"] in rules() and entry["operations"] == [OP]


def test_a_shared_envelope_change_is_one_entry_with_every_operation_it_reaches() -> None:
    """The O*NET snapshot composes PageMeta into its paged listings; retyping PageMeta.total is one change."""
    old = effective_spec_at(ROOT / "openapi" / "onet" / "openapi.json")  # x-onet-paged lives in the overlay
    new = copy.deepcopy(old)
    new["components"]["schemas"]["PageMeta"]["properties"]["total"] = {"type": "string"}
    (change,) = diff(old, new)
    assert (change.operation, change.path) == ("#/components/schemas/PageMeta", "$.total")
    assert change.kind is Kind.TYPE_CHANGED
    paged = [
        op for item in old["paths"].values() for op in item.values() if isinstance(op, dict) and op.get("x-onet-paged")
    ]
    assert len(change.operations) >= len(paged) > 1
