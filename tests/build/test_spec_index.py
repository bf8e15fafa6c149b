"""The spec index is derived from the spec alone, versioned, and valid against its JSON Schema.

Specs here are small hand-written OpenAPI documents shaped like the two APIs' (security schemes, a secret path
segment, range and offset paging); the last tests read the committed indexes of both packages.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from buildlib.project import REPO_ROOT, Api, BuildError, Project
from buildlib.spec_index import INDEX_VERSION, build_index, index_schema

ITEMS = {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}}}}
WINDOW = [
    {"name": "start", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "end", "in": "query", "schema": {"type": "integer", "minimum": 1}, "x-onet-page-size-max": 500},
]


def ok(properties: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def spec(**extra: Any) -> dict[str, Any]:
    listing = {"start": {"type": "integer"}, "end": {"type": "integer"}, "total": {"type": "integer"}, "row": ITEMS}
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Sample", "version": "1"},
        "servers": [{"url": "https://api.example.org/"}],
        "security": [{"KeyAuth": []}],
        "tags": [{"name": "things", "description": "Things and their rows."}],
        "components": {"securitySchemes": {"KeyAuth": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
        "paths": {
            "/things/{code}": {
                "get": {
                    "operationId": "things_get_thing",
                    "tags": ["things"],
                    "summary": "One thing",
                    "parameters": [
                        {
                            "name": "code",
                            "in": "path",
                            "required": True,
                            "description": "A thing code such as AB-12. Upper case.",
                            "schema": {"type": "string", "pattern": "^[A-Z]{2}-\\d{2}$"},
                        }
                    ],
                    "responses": ok({"code": {"type": "string"}}),
                }
            },
            "/rows": {
                "get": {
                    "operationId": "listRows",
                    "tags": ["things"],
                    "x-sdk-namespace": "data",
                    "x-sdk-method": "list_rows",
                    "parameters": copy.deepcopy(WINDOW),
                    "responses": ok(listing),
                }
            },
            "/rows/partial": {
                "get": {
                    "operationId": "partial_rows",
                    "tags": ["things"],
                    "parameters": copy.deepcopy(WINDOW),
                    "responses": ok(listing),
                }
            },
        },
    }
    document.update(extra)
    return document


def api(**credentials: str) -> Api:
    root = Path("/nonexistent")
    return Api("sample", "sample_client", root / "s.json", root / "c.yaml", None, None, credentials=credentials)


def test_index_holds_server_auth_names_and_hints_and_matches_its_schema() -> None:
    index = build_index(spec(), api(KeyAuth="SAMPLE_KEY"))
    jsonschema.validate(index, index_schema())
    assert index["index_version"] == INDEX_VERSION
    assert index["base_url"] == "https://api.example.org"
    assert index["auth"] == {"scheme": "KeyAuth", "header": "X-Key", "prefix": "", "env": "SAMPLE_KEY"}
    names = {op["operation_id"]: (op["namespace"], op["sdk_method"], op["module"]) for op in index["operations"]}
    assert names["things_get_thing"] == ("things", "get_thing", "api.things.things_get_thing")
    assert names["listRows"] == ("data", "list_rows", "api.things.list_rows")
    assert index["namespaces"] == {"data": "", "things": "Things and their rows."}
    code = index["operations"][0]["parameters"][0]
    assert code["hint"] == "A thing code such as AB-12"


def test_range_paging_follows_x_onet_paged_when_the_definition_uses_it() -> None:
    document = spec()
    document["paths"]["/rows"]["get"]["x-onet-paged"] = True
    paging = {op["operation_id"]: op["paging"] for op in build_index(document, api(KeyAuth="K"))["operations"]}
    assert paging["listRows"] == {
        "style": "range",
        "start_param": "start",
        "size_param": "end",
        "first": 1,
        "max_page_size": 500,
        "total": "total",
        "items": ["row"],
    }
    assert paging["partial_rows"] is None  # same shape, not marked: the extension decides


def test_range_paging_falls_back_to_the_shape_for_a_definition_without_the_extension() -> None:
    paging = {op["operation_id"]: op["paging"] for op in build_index(spec(), api(KeyAuth="K"))["operations"]}
    assert paging["listRows"] is not None and paging["partial_rows"] is not None
    assert paging["things_get_thing"] is None


def test_bearer_auth_and_a_secret_path_parameter_become_bound() -> None:
    document = spec()
    document["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    document["security"] = [{"bearer": []}]
    document["paths"]["/v1/{userId}/x"] = {
        "get": {
            "operationId": "get_x",
            "tags": ["things"],
            "parameters": [{"name": "userId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": ok({}),
        }
    }
    index = build_index(document, api(bearer="TOKEN_ENV", userId="USER_ENV"))
    assert index["auth"] == {"scheme": "bearer", "header": "Authorization", "prefix": "Bearer", "env": "TOKEN_ENV"}
    assert index["bound_parameters"] == [
        {"name": "userId", "python_name": "user_id", "env": "USER_ENV", "placeholder": "{userId}"}
    ]


def test_mistakes_are_build_errors() -> None:
    with pytest.raises(BuildError, match="no environment variable"):
        build_index(spec(), api())
    with pytest.raises(BuildError, match="neither a security scheme nor a path parameter"):
        build_index(spec(), api(KeyAuth="K", nothing="X"))
    clash = spec()
    clash["paths"]["/rows/partial"]["get"].update({"x-sdk-namespace": "data", "x-sdk-method": "list_rows"})
    with pytest.raises(BuildError, match=r"both map to data\.list_rows"):
        build_index(clash, api(KeyAuth="K"))


def test_no_server_gives_a_null_base_url() -> None:
    document = spec()
    del document["servers"]
    assert build_index(document, api(KeyAuth="K"))["base_url"] is None


@pytest.mark.parametrize("api_name", ["onet", "careeronestop"])
def test_committed_indexes_are_valid_and_name_every_operation_once(api_name: str) -> None:
    package = Project(REPO_ROOT).apis()[api_name].package
    index = json.loads((REPO_ROOT / "generated_client" / package / "_spec_index.json").read_text(encoding="utf-8"))
    jsonschema.validate(index, index_schema())
    names = [f"{op['namespace']}.{op['sdk_method']}" for op in index["operations"]]
    assert len(names) == len(set(names))
    assert all(
        (REPO_ROOT / "generated_client" / package / (op["module"].replace(".", "/") + ".py")).is_file()
        for op in index["operations"]
    )
