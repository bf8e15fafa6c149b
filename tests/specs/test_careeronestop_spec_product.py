"""The CareerOneStop spec as a product other generators consume: names, shapes, parameters and examples."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing
from buildlib.specs import deref, load_spec, operations
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "openapi" / "careeronestop" / "openapi.yaml")
SPEC_URI = "urn:careeronestop-spec"
OPERATIONS = list(operations(SPEC))
OP_IDS = [op["operationId"] for _, _, op in OPERATIONS]
SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
VERBS = {"get", "list", "submit", "compare", "validate"}
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _schemas(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema-like mapping below `node` (anything with a type, properties or a composition)."""
    if isinstance(node, dict):
        if any(key in node for key in ("type", "properties", "anyOf", "oneOf", "allOf")):
            yield path, node
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _schemas(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{path}/{index}")


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    target: dict[str, Any] = deref(SPEC, node)
    return target


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(
        SPEC_URI, DRAFT202012.create_resource(SPEC)
    )
    ref = schema.get("$ref")
    assert isinstance(ref, str) and ref.startswith("#/"), "response bodies are named components"
    return jsonschema.Draft202012Validator({"$ref": SPEC_URI + ref}, registry=registry)


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OP_IDS)
def test_sdk_names_are_the_tag_and_a_verb_first_method(method: str, path: str, op: dict[str, Any]) -> None:
    namespace, name = op["x-sdk-namespace"], op["x-sdk-method"]
    assert namespace == op["tags"][0]
    assert SNAKE.fullmatch(name) and name.split("_")[0] in VERBS, name
    words = set(name.split("_"))
    assert namespace not in words and namespace.rstrip("s") not in words, f"{name} repeats {namespace}"


def test_sdk_names_and_operation_ids_are_unique() -> None:
    pairs = Counter((op["x-sdk-namespace"], op["x-sdk-method"]) for _, _, op in OPERATIONS)
    assert [pair for pair, n in pairs.items() if n > 1] == []
    assert len(set(OP_IDS)) == len(OP_IDS)
    assert all(SNAKE.fullmatch(op_id) for op_id in OP_IDS)


def test_summaries_are_unique() -> None:
    summaries = Counter(op["summary"] for _, _, op in OPERATIONS)
    assert [s for s, n in summaries.items() if n > 1] == []


def test_info_names_contact_and_license_and_no_repository_file() -> None:
    info = SPEC["info"]
    assert info["contact"]["url"].startswith("https://")
    assert info["license"]["name"]
    assert not re.search(r"shared/|openapi/|scripts/|\.ya?ml\b|\.py\b|\.json\b", info["description"])


# ------------------------------------------------------------------ shapes


def test_no_object_schema_is_shapeless() -> None:
    shapeless = [
        path
        for path, schema in _schemas(SPEC["components"]["schemas"], "#/components/schemas")
        if schema.get("type") == "object" and "properties" not in schema and "additionalProperties" not in schema
    ]
    assert shapeless == []


def test_no_schema_allows_two_non_null_types() -> None:
    unions = []
    for path, schema in _schemas(SPEC):
        declared = schema.get("type")
        if isinstance(declared, list) and len([t for t in declared if t != "null"]) > 1:
            unions.append(path)
    assert unions == []


def test_no_union_mixes_an_object_and_an_array() -> None:
    """Java and Go generators cannot type `anyOf [object, array]` (OccupationDetail.OOHs was one)."""
    mixed = []
    for path, schema in _schemas(SPEC):
        for key in ("anyOf", "oneOf"):
            kinds = {_resolve(branch).get("type") for branch in schema.get(key, [])}
            if {"object", "array"} <= {k for k in kinds if isinstance(k, str)}:
                mixed.append(f"{path}/{key}")
    assert mixed == []


def test_enums_are_named_components_with_identifier_names() -> None:
    inline = [p for p, s in _schemas(SPEC) if "enum" in s and not re.fullmatch(r"#/components/schemas/\w+", p)]
    assert inline == [], "give inline enums a component name"
    for name, schema in SPEC["components"]["schemas"].items():
        values = schema.get("enum")
        if values and not all(IDENTIFIER.fullmatch(str(v)) for v in values):
            names = schema.get("x-enum-varnames")
            assert names and len(names) == len(values), name
            assert all(IDENTIFIER.fullmatch(n) for n in names) and len(set(names)) == len(names), name


def test_no_inline_parameter_is_repeated() -> None:
    inline = Counter(
        (p["name"], p["in"]) for _, _, op in OPERATIONS for p in op.get("parameters", []) if "$ref" not in p
    )
    assert [key for key, n in inline.items() if n > 1] == []


# ------------------------------------------------------------------ examples


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OP_IDS)
def test_success_example_validates_against_its_schema(method: str, path: str, op: dict[str, Any]) -> None:
    media = op["responses"]["200"]["content"]["application/json"]
    examples = media.get("examples", {})
    assert examples, f"{op['operationId']} has no response example"
    validator = _validator(media["schema"])
    for name, example in examples.items():
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(example["value"])]
        assert errors == [], f"{op['operationId']} example {name}"


def test_error_examples_validate() -> None:
    for response in SPEC["components"]["responses"].values():
        media = response["content"]["application/json"]
        validator = _validator(media["schema"])
        for example in media.get("examples", {}).values():
            assert list(validator.iter_errors(example["value"])) == []


def test_example_validation_can_fail() -> None:
    """A wrong body is rejected, so the example checks above are not vacuous."""
    op = next(op for _, _, op in OPERATIONS if op["operationId"] == "get_occupation_details")
    validator = _validator(op["responses"]["200"]["content"]["application/json"]["schema"])
    assert list(validator.iter_errors({"OccupationDetail": [{"OnetTitle": "no video URL"}]}))
    assert list(validator.iter_errors({"OccupationDetail": "not a list", "RecordCount": "1"}))


SCHEMA_KEYWORDS = {
    "type", "properties", "additionalProperties", "items", "required", "description", "enum", "anyOf", "oneOf",
    "allOf", "$ref", "maxItems", "minItems", "minimum", "maximum", "default", "example", "examples", "format",
    "title", "nullable", "pattern", "minLength", "maxLength", "const",
}  # fmt: skip


def test_schemas_use_only_known_keywords() -> None:
    """A stray key (a flow-style YAML description split at a comma) is a typo that no validator reports."""
    stray = [
        f"{path}: {key}"
        for path, schema in _schemas(SPEC["components"]["schemas"], "#/components/schemas")
        if not path.endswith("/properties")
        for key in schema
        if key not in SCHEMA_KEYWORDS and not key.startswith("x-")
    ]
    assert stray == []
