"""buildlib.specdiff: which differences between two definitions break a client, and where."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from buildlib.specdiff import Change, diff, render_json, render_markdown, render_text

LIST = "GET /things (list_things)"
ONE = "GET /things/{id} (get_thing)"
THING = "#/components/schemas/Thing"

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "tags": ["things"],
                "parameters": [
                    {"$ref": "#/components/parameters/Start"},
                    {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["name", "size"]}},
                ],
                "responses": {
                    "200": {
                        "description": "A page of things.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingList"}}},
                    },
                    "422": {"$ref": "#/components/responses/Invalid"},
                },
            }
        },
        "/things/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "get_thing",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "One thing.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            },
        },
    },
    "components": {
        "parameters": {"Start": {"name": "start", "in": "query", "required": False, "schema": {"type": "integer"}}},
        "responses": {
            "Invalid": {
                "description": "Bad request.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
        "schemas": {
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
            "Page": {
                "type": "object",
                "description": "Paging envelope.",
                "properties": {"start": {"type": "integer"}, "total": {"type": "integer"}},
                "required": ["start", "total"],
            },
            "ThingList": {
                "allOf": [
                    {"$ref": "#/components/schemas/Page"},
                    {
                        "type": "object",
                        "properties": {"thing": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
                        "required": ["thing"],
                    },
                ]
            },
            "Thing": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "description": "Display name."},
                    "size": {"type": "integer"},
                    "kind": {"type": "string", "enum": ["small", "large"]},
                    "tags": {"$ref": "#/components/schemas/Tags"},
                },
                "required": ["name", "size"],
            },
            "Tags": {"type": "object", "properties": {"bright_outlook": {"type": "boolean"}}},
        },
    },
}


def changed(mutate: Any) -> list[Change]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return diff(BASE, new)


def summary(changes: list[Change]) -> set[tuple[str, str, str, bool]]:
    return {(c.operation, c.path, c.kind, c.breaking) for c in changes}


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def list_op(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"]["/things"]["get"]
    return result


def test_identical_specs_have_no_changes() -> None:
    assert diff(BASE, copy.deepcopy(BASE)) == []


def test_description_only_changes_are_ignored() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        schemas(spec)["Thing"]["properties"]["name"]["description"] = "Something else."
        list_op(spec)["summary"] = "List things"
        spec["info"]["description"] = "New words."

    assert changed(mutate) == []


def test_response_field_removed_is_breaking_and_reported_once_for_the_shared_component() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        thing = schemas(spec)["Thing"]
        del thing["properties"]["size"]
        thing["required"].remove("size")

    changes = changed(mutate)
    assert summary(changes) == {(THING, "$.size", "field-removed", True)}
    assert changes[0].operations == (LIST, ONE)  # ThingList reaches Thing, so list_things is affected too


def test_response_field_type_changed_is_breaking_and_names_the_nested_path() -> None:
    changes = changed(lambda s: schemas(s)["Tags"]["properties"].update(bright_outlook={"type": "string"}))
    assert summary(changes) == {("#/components/schemas/Tags", "$.bright_outlook", "type-changed", True)}
    assert {(c.before, c.after) for c in changes} == {("boolean", "string")}
    inline = copy.deepcopy(BASE)  # the same change where the schema is written inline names the whole path
    schemas(inline)["Thing"]["properties"]["tags"] = copy.deepcopy(schemas(inline)["Tags"])
    retyped = copy.deepcopy(inline)
    schemas(retyped)["Thing"]["properties"]["tags"]["properties"]["bright_outlook"] = {"type": "string"}
    assert summary(diff(inline, retyped)) == {(THING, "$.tags.bright_outlook", "type-changed", True)}


def test_response_field_becoming_nullable_or_optional_is_breaking() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        thing = schemas(spec)["Thing"]
        thing["properties"]["size"] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
        thing["required"].remove("name")

    assert summary(changed(mutate)) == {
        (THING, "$.size", "became-nullable", True),
        (THING, "$.name", "field-now-optional", True),
    }


def test_nullable_spelled_two_ways_is_the_same_schema() -> None:
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    schemas(old)["Thing"]["properties"]["size"] = {"type": ["integer", "null"]}
    schemas(new)["Thing"]["properties"]["size"] = {"oneOf": [{"type": "null"}, {"type": "integer"}]}
    assert diff(old, new) == []


def test_response_field_added_is_not_breaking() -> None:
    changes = changed(lambda s: schemas(s)["Thing"]["properties"].update(colour={"type": "string"}))
    assert summary(changes) == {(THING, "$.colour", "field-added", False)}


def test_response_enum_widened_is_breaking_and_narrowed_is_not_and_values_are_named() -> None:
    narrowed = changed(lambda s: schemas(s)["Thing"]["properties"]["kind"].update(enum=["small"]))
    assert summary(narrowed) == {(THING, "$.kind", "enum-narrowed", False)}
    assert narrowed[0].before == ["large"] and narrowed[0].after is None
    widened = changed(lambda s: schemas(s)["Thing"]["properties"]["kind"].update(enum=["small", "large", "huge"]))
    assert summary(widened) == {(THING, "$.kind", "enum-widened", True)}  # generated enums reject "huge"
    assert widened[0].after == ["huge"] and '[response-enum-widened]; values added: ["huge"]' in render_text(widened)


def test_parameter_enum_narrowed_is_breaking_and_names_the_values() -> None:
    changes = changed(lambda s: list_op(s)["parameters"][1]["schema"].update(enum=["name"]))
    assert summary(changes) == {(LIST, "parameter sort (query) $", "enum-narrowed", True)}


def test_new_required_parameter_is_breaking_and_new_optional_one_is_not() -> None:
    def add(required: bool) -> Any:
        param = {"name": "q", "in": "query", "required": required, "schema": {"type": "string"}}
        return lambda s: list_op(s)["parameters"].append(param)

    assert summary(changed(add(True))) == {(LIST, "parameter q (query)", "required-parameter-added", True)}
    assert summary(changed(add(False))) == {(LIST, "parameter q (query)", "parameter-added", False)}


def test_parameter_removed_or_made_required_is_breaking() -> None:
    assert summary(changed(lambda s: list_op(s)["parameters"].pop(1))) == {
        (LIST, "parameter sort (query)", "parameter-removed", True)
    }
    made_required = changed(lambda s: s["components"]["parameters"]["Start"].update(required=True))
    assert summary(made_required) == {(LIST, "parameter start (query)", "parameter-now-required", True)}


def test_parameter_type_change_is_breaking() -> None:
    changes = changed(lambda s: s["components"]["parameters"]["Start"].update(schema={"type": "string"}))
    assert summary(changes) == {(LIST, "parameter start (query) $", "type-changed", True)}


def test_response_status_removed_is_breaking_and_added_is_not() -> None:
    removed = changed(lambda s: list_op(s)["responses"].pop("422"))
    assert summary(removed) == {(LIST, "response 422", "response-removed", True)}
    added = changed(lambda s: list_op(s)["responses"].update({"404": {"description": "Not found."}}))
    assert summary(added) == {(LIST, "response 404", "response-added", False)}


def test_error_body_changes_are_reported_through_component_responses() -> None:
    changes = changed(lambda s: schemas(s)["Error"]["properties"].update(error={"type": "integer"}))
    assert summary(changes) == {("#/components/schemas/Error", "$.error", "type-changed", True)}
    assert changes[0].operations == (LIST,)


def test_operation_removed_and_added() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        del spec["paths"]["/things/{id}"]
        spec["paths"]["/widgets"] = {
            "get": {"operationId": "list_widgets", "responses": {"200": {"description": "ok"}}}
        }

    assert summary(changed(mutate)) == {
        (ONE, "", "operation-removed", True),
        ("GET /widgets (list_widgets)", "", "operation-added", False),
    }


def test_operations_are_matched_by_method_and_path_not_operation_id() -> None:
    changes = changed(lambda s: list_op(s).update(operationId="things_index"))
    assert summary(changes) == {("GET /things (things_index)", "operationId", "operation-id-changed", True)}
    assert (changes[0].before, changes[0].after) == ("list_things", "things_index")


def test_renamed_path_parameter_matches_the_operation() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        item = spec["paths"].pop("/things/{id}")
        item["parameters"][0]["name"] = "thing_id"
        spec["paths"]["/things/{thing_id}"] = item

    label = "GET /things/{thing_id} (get_thing)"
    assert summary(changed(mutate)) == {
        (label, "parameter id (path)", "parameter-removed", True),
        (label, "parameter thing_id (path)", "required-parameter-added", True),
    }


def test_ref_and_inline_layouts_of_the_same_schema_are_equal() -> None:
    """Inline every component, flatten the allOf envelope, reorder `required`: no change at all."""
    new = copy.deepcopy(BASE)
    comps = new.pop("components")
    thing = comps["schemas"]["Thing"]
    thing["properties"]["tags"] = comps["schemas"]["Tags"]
    page = comps["schemas"]["Page"]
    envelope = {
        "type": "object",
        "properties": {**page["properties"], "thing": {"type": "array", "items": thing}},
        "required": ["thing", "total", "start"],
    }
    op = new["paths"]["/things"]["get"]
    op["parameters"][0] = comps["parameters"]["Start"]
    op["responses"]["200"]["content"]["application/json"]["schema"] = envelope
    op["responses"]["422"] = {
        "description": "Bad request.",
        "content": {"application/json": {"schema": comps["schemas"]["Error"]}},
    }
    new["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = thing
    assert "$ref" not in json.dumps(new)
    assert diff(BASE, new) == []
    assert diff(new, BASE) == []


def test_recursive_schemas_terminate_and_still_report_changes() -> None:
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    for spec in (old, new):
        schemas(spec)["Thing"]["properties"]["children"] = {
            "type": "array",
            "items": {"$ref": "#/components/schemas/Thing"},
        }
    del schemas(new)["Tags"]["properties"]["bright_outlook"]
    (change,) = diff(old, new)
    assert (change.operation, change.path, change.kind) == (
        "#/components/schemas/Tags",
        "$.bright_outlook",
        "field-removed",
    )
    assert change.operations == (LIST, ONE)


@pytest.fixture
def mixed_changes() -> list[Change]:
    def mutate(spec: dict[str, Any]) -> None:
        del schemas(spec)["Thing"]["properties"]["kind"]
        list_op(spec)["responses"]["404"] = {"description": "Not found."}

    return changed(mutate)


def test_text_report_names_operation_and_path(mixed_changes: list[Change]) -> None:
    text = render_text(mixed_changes)
    assert text.splitlines()[0].startswith("1 BREAKING change(s), 1 non-breaking")
    shared = f"err: definition {THING} $.kind: field-removed [response-field-removed]; was string ({THING})"
    assert f"{shared}; reaches 2 operation(s): {LIST}, {ONE}" in text
    assert f"info: definition {LIST} response 404: response-added [response-response-added]" in text


def test_text_report_without_changes_says_nothing_breaks() -> None:
    assert "no breaking changes" in render_text([]).lower()
    only_new = changed(lambda s: list_op(s)["responses"].update({"404": {"description": "Not found."}}))
    assert render_text(only_new).lower().startswith("no breaking changes; 1 non-breaking")


def test_json_report_lists_every_change(mixed_changes: list[Change]) -> None:
    report = json.loads(render_json(mixed_changes))
    assert report["breaking"] is True
    assert report["counts"] == {"ERR": 1, "WARN": 0, "INFO": 1}
    assert {
        "api": "definition",
        "operation": THING,
        "fixture": "",
        "path": "$.kind",
        "kind": "field-removed",
        "breaking": True,
        "expected": "string",
        "seen": None,
        "rule": "response-field-removed",
        "severity": "ERR",
        "location": THING,
        "operations": [LIST, ONE],
    } in report["findings"]
    assert json.loads(render_json([])) == {
        "summary": "No breaking changes: operations, parameters and responses are unchanged.",
        "breaking": False,
        "counts": {"ERR": 0, "WARN": 0, "INFO": 0},
        "errors": [],
        "findings": [],
    }


def test_markdown_report_counts_by_kind_then_groups_breaking_first(mixed_changes: list[Change]) -> None:
    text = render_markdown(mixed_changes)
    assert text.index("### Summary by kind") < text.index(f"#### {THING}") < text.index(f"#### {LIST}")
    assert "| field-removed | `response-field-removed` | ERR | 1 |" in text
    assert "| ERR | `response-field-removed` | `$.kind` | string |  | `#/components/schemas/Thing` |" in text
    assert f"Affects 2 operation(s): `{LIST}`, `{ONE}`" in text
