"""scripts/downstream.py's own logic: body comparison, response lookup and the Go type table (no tools run)."""

from __future__ import annotations

from typing import Any

import downstream
import pytest

SPEC: dict[str, Any] = {
    "paths": {
        "/a/{id}": {
            "get": {
                "operationId": "get_a",
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}},
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            }
        },
        "/list": {
            "get": {
                "operationId": "list_a",
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/AList"}}}},
                    "default": {"content": {"application/json": {"schema": {"type": "object"}}}},
                },
            }
        },
    },
    "components": {
        "responses": {
            "NotFound": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
            "A": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
            "AList": {"type": "array", "items": {"$ref": "#/components/schemas/A"}},
            "Free": {"type": "object", "additionalProperties": True},
            "Error": {"type": "object", "properties": {"Message": {"type": "string"}}},
        },
    },
}


def test_identical_json_has_no_difference() -> None:
    body = {"a": [1, {"b": None}], "c": "x", "d": 2.5}
    assert downstream.json_differences(body, body) == []
    assert downstream.json_differences({"n": 5.0}, {"n": 5}) == []


@pytest.mark.parametrize(
    ("seen", "expected", "where"),
    [
        ({}, {"k": 1}, "$.k: dropped"),
        ({"k": 1, "extra": 2}, {"k": 1}, "$.extra: added"),
        ({"k": "1"}, {"k": 1}, "$.k: '1' instead of 1"),
        ({"k": True}, {"k": 1}, "$.k: True instead of 1"),
        ({"k": [1]}, {"k": [1, 2]}, "$.k: 1 items instead of 2"),
        ({"k": [{"x": None}]}, {"k": [{"x": "v"}]}, "$.k[0].x: None instead of 'v'"),
    ],
)
def test_every_loss_is_reported_with_its_path(seen: Any, expected: Any, where: str) -> None:
    assert downstream.json_differences(seen, expected) == [where]


def test_response_schema_follows_response_refs_and_default() -> None:
    assert downstream.response_schema_name(SPEC, "get_a", 200) == "A"
    assert downstream.response_schema_name(SPEC, "get_a", 404) == "Error"
    with pytest.raises(downstream.StepFailed, match="not a named component"):
        downstream.response_schema_name(SPEC, "list_a", 500)
    with pytest.raises(downstream.StepFailed, match="no response for HTTP 500"):
        downstream.response_schema_name(SPEC, "get_a", 500)
    with pytest.raises(downstream.StepFailed, match="no operation 'nope'"):
        downstream.response_schema_name(SPEC, "nope", 200)


def test_go_types_are_structs_slices_or_free_form_maps() -> None:
    structs = {"A"}

    def go(name: str) -> str | None:
        return downstream.go_type_of(SPEC, "pkg", structs, {"$ref": f"#/components/schemas/{name}"})

    assert go("A") == "pkg.A"
    assert go("AList") == "[]pkg.A"
    assert go("Free") == "map[string]interface{}"
    assert go("Error") is None  # an object with properties but no generated struct is a finding
