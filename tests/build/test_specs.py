"""The spec library's effective-schema fold, $ref resolution and path-template matching."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from buildlib.project import BuildError
from buildlib.specs import (
    RefError,
    SpecError,
    deref,
    effective_schema,
    is_nullable,
    load_spec,
    match_path,
    path_parameters,
    resolve_pointer,
    schema_types,
)

REPO = Path(__file__).resolve().parents[2]
SPECS = [REPO / "openapi/onet/openapi.json", REPO / "openapi/careeronestop/openapi.yaml"]


def _spec(**schemas: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "components": {"schemas": schemas}}


def test_dangling_ref_is_an_error_naming_the_ref() -> None:
    spec = _spec(A={"$ref": "#/components/schemas/Missing"})
    with pytest.raises(RefError, match="Missing"):
        effective_schema(spec, {"$ref": "#/components/schemas/A"})
    with pytest.raises(KeyError):  # still a lookup error for older callers
        deref(spec, {"$ref": "#/components/schemas/A"})
    with pytest.raises(BuildError):
        resolve_pointer(spec, "#/components/schemas/B")


def test_non_local_and_out_of_range_refs_are_errors() -> None:
    spec = _spec(A={"type": "string"})
    with pytest.raises(RefError, match="not local"):
        resolve_pointer(spec, "other.yaml#/A")
    spec["list"] = [1]
    with pytest.raises(RefError):
        resolve_pointer(spec, "#/list/3")
    assert resolve_pointer(spec, "#/list/0") == 1


def test_ref_cycle_is_an_error() -> None:
    spec = _spec(A={"allOf": [{"$ref": "#/components/schemas/B"}]}, B={"$ref": "#/components/schemas/A"})
    with pytest.raises(RefError, match="cycle"):
        effective_schema(spec, {"$ref": "#/components/schemas/A"})


def test_pointer_escapes_are_decoded() -> None:
    spec = {"paths": {"/a/{b}": {"get": {"x": 1}}, "~t": 2}}
    assert resolve_pointer(spec, "#/paths/~1a~1{b}/get/x") == 1
    assert resolve_pointer(spec, "#/paths/~0t") == 2


def test_all_of_unites_properties_and_required_in_order() -> None:
    spec = _spec(
        Page={"type": "object", "properties": {"start": {"type": "integer"}}, "required": ["start"]},
        Items={
            "allOf": [
                {"$ref": "#/components/schemas/Page"},
                {"properties": {"item": {"type": "array"}}, "required": ["item", "start"]},
            ],
            "description": "outer",
        },
    )
    folded = effective_schema(spec, {"$ref": "#/components/schemas/Items"})
    assert list(folded["properties"]) == ["start", "item"]
    assert folded["required"] == ["start", "item"]
    assert folded["type"] == ["object"]
    assert folded["description"] == "outer"
    assert "allOf" not in folded


def test_later_annotation_wins_and_same_property_nests() -> None:
    spec = _spec(Base={"description": "base", "properties": {"a": {"type": "string"}}})
    folded = effective_schema(
        spec, {"$ref": "#/components/schemas/Base", "description": "mine", "properties": {"a": {"maxLength": 3}}}
    )
    assert folded["description"] == "mine"
    assert folded["properties"]["a"] == {"allOf": [{"type": "string"}, {"maxLength": 3}]}
    assert effective_schema(spec, folded["properties"]["a"]) == {"type": ["string"], "maxLength": 3}


def test_constraints_intersect() -> None:
    folded = effective_schema(
        {},
        {
            "allOf": [
                {"type": ["number", "string"], "minimum": 1, "maximum": 9, "enum": [1, 2, 3]},
                {"type": "integer", "minimum": 2, "maximum": 20, "enum": [3, 2, 7]},
            ]
        },
    )
    assert folded == {"type": ["integer"], "minimum": 2, "maximum": 9, "enum": [2, 3]}


@pytest.mark.parametrize(
    ("members", "keyword"),
    [
        ([{"type": "string"}, {"type": "integer"}], "type"),
        ([{"enum": ["a"]}, {"enum": ["b"]}], "enum"),
        ([{"pattern": "^a"}, {"pattern": "^b"}], "pattern"),
        (
            [{"anyOf": [{"type": "string"}, {"type": "integer"}]}, {"oneOf": [{}, {"type": "array"}]}],
            "both declare a union",
        ),
    ],
)
def test_contradicting_members_are_errors(members: list[dict[str, Any]], keyword: str) -> None:
    with pytest.raises(SpecError, match=keyword):
        effective_schema({}, {"allOf": members})


def test_additional_properties_false_wins() -> None:
    folded = effective_schema(
        {}, {"allOf": [{"additionalProperties": {"type": "string"}}, {"additionalProperties": False}]}
    )
    assert folded["additionalProperties"] is False


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "nullable": True},
        {"type": ["string", "null"]},
        {"type": ["null", "string"]},
        {"anyOf": [{"type": "string"}, {"type": "null"}]},
        {"oneOf": [{"type": "null"}, {"type": "string"}]},
        {"anyOf": [{"$ref": "#/components/schemas/S"}, {"enum": [None]}]},
    ],
)
def test_every_spelling_of_nullable_string_folds_the_same(schema: dict[str, Any]) -> None:
    folded = effective_schema(_spec(S={"type": "string"}), schema)
    assert folded == {"type": ["string", "null"]}
    assert is_nullable(folded)
    assert schema_types(folded) == ["string"]


def test_nullable_ref_keeps_its_own_description() -> None:
    spec = _spec(X={"type": "object", "description": "component", "properties": {"a": {"type": "string"}}})
    folded = effective_schema(
        spec, {"description": "mine", "anyOf": [{"$ref": "#/components/schemas/X"}, {"type": "null"}]}
    )
    assert folded["description"] == "mine"
    assert folded["type"] == ["object", "null"]
    assert list(folded["properties"]) == ["a"]


def test_nullable_enum_gains_none_and_const_becomes_enum() -> None:
    assert effective_schema({}, {"enum": ["a"], "type": "string", "nullable": True}) == {
        "enum": ["a", None],
        "type": ["string", "null"],
    }
    assert effective_schema({}, {"const": 3}) == {"enum": [3]}


def test_a_real_union_stays_with_the_union_of_its_types() -> None:
    spec = _spec(Link={"type": "object"})
    schema = {
        "anyOf": [
            {"$ref": "#/components/schemas/Link"},
            {"type": "array", "items": {"$ref": "#/components/schemas/Link"}},
            {"type": "null"},
        ]
    }
    folded = effective_schema(spec, schema)
    assert folded["anyOf"] == schema["anyOf"][:2]
    assert folded["type"] == ["object", "array", "null"]


def test_types_are_inferred_from_shape() -> None:
    assert effective_schema({}, {"properties": {}})["type"] == ["object"]
    assert effective_schema({}, {"items": {}})["type"] == ["array"]
    assert effective_schema({}, None) == {}
    assert effective_schema({}, True) == {}


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.parent.name)
def test_every_schema_of_the_committed_specs_folds(path: Path) -> None:
    spec = load_spec(path)
    folded = 0
    pending: list[Any] = list(spec["components"]["schemas"].values())
    seen: set[int] = set()
    while pending:
        schema = pending.pop()
        if id(schema) in seen:
            continue
        seen.add(id(schema))
        result = effective_schema(spec, schema)
        folded += 1
        assert "allOf" not in result and "nullable" not in result and "$ref" not in result
        pending += list(result.get("properties", {}).values())
        if isinstance(result.get("items"), dict):
            pending.append(result["items"])
    assert folded > len(spec["components"]["schemas"])


def test_match_path_returns_raw_segments() -> None:
    template = "/v1/occupation/{userId}/{keyword}/{location}"
    assert path_parameters(template) == ["userId", "keyword", "location"]
    assert match_path(template, "/v1/occupation/u1/nurse%20aide/MN") == {
        "userId": "u1",
        "keyword": "nurse%20aide",
        "location": "MN",
    }
    assert match_path(template, "/v1/occupation/u1/nurse") is None
    assert match_path(template, "/v1/occupation/u1//MN") is None
    assert match_path("/a.b/{x}", "/aXb/1") is None  # literal text is not a regex
    assert match_path("/online/occupations/{code}/", "/online/occupations/15-1252.00/") == {"code": "15-1252.00"}
