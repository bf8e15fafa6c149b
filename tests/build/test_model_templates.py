"""The model templates (openapi/templates, issue 14) on shapes the committed specs do not all have.

A tiny spec with typed additionalProperties, nullable model and scalar members, and two models that refer to each
other is generated once with the real generator; the generated package is imported and its models parsed.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from buildlib.project import REPO_ROOT

from ..conftest import BuildCli

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shapes", "version": "1"},
    "paths": {
        "/folders": {
            "get": {
                "operationId": "list_folders",
                "tags": ["folders"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Folder"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Folder": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "note": {"type": ["string", "null"]},
                    "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Folder"}},
                },
            },
            "Owner": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "integer"}, "home": {"$ref": "#/components/schemas/Folder"}},
            },
            "Labels": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Owner"}},
            "Cells": {"type": "object", "additionalProperties": {"type": ["string", "number", "null"]}},
        }
    },
}


@pytest.fixture(scope="module")
def models(build_cli: BuildCli, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("shapes")
    (root / "openapi" / "shapes").mkdir(parents=True)
    (root / "openapi" / "apis.toml").write_text(
        '[shapes]\npackage = "shapes_client"\nspec = "shapes/openapi.json"\nconfig = "shapes/config.yaml"\n'
    )
    (root / "openapi" / "shapes" / "openapi.json").write_text(json.dumps(SPEC))
    (root / "openapi" / "shapes" / "config.yaml").write_text("package_name_override: shapes_client\npost_hooks: []\n")
    (root / "overrides").mkdir()
    shutil.copytree(REPO_ROOT / "openapi" / "templates", root / "openapi" / "templates")  # the templates under test
    result = build_cli("--root", str(root))
    assert result.returncode == 0, result.stdout + result.stderr
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(root / "generated_client"))
        yield importlib.import_module("shapes_client.models")
    for name in [m for m in sys.modules if m == "shapes_client" or m.startswith("shapes_client.")]:
        del sys.modules[name]


def test_models_that_refer_to_each_other_import_and_parse(models: ModuleType) -> None:
    folder = models.Folder.from_dict(
        {"name": "root", "owner": {"id": 1, "home": {"name": "home"}}, "children": [{"name": "a", "note": None}]}
    )
    assert isinstance(folder.owner, models.Owner) and isinstance(folder.owner.home, models.Folder)
    assert folder.children[0].note is None and folder.children[0].name == "a"
    assert folder.to_dict() == {
        "name": "root",
        "owner": {"id": 1, "home": {"name": "home"}},
        "children": [{"name": "a", "note": None}],
    }


def test_nullable_model_member_accepts_null_and_keeps_unknown_members(models: ModuleType) -> None:
    folder = models.Folder.from_dict({"name": "x", "owner": None, "extra": [1]})
    assert folder.owner is None
    assert folder.additional_properties == {"extra": [1]}


def test_typed_additional_properties_are_parsed_per_value(models: ModuleType) -> None:
    labels = models.Labels.from_dict({"a": {"id": 1}, "b": {"id": 2, "more": True}})
    assert isinstance(labels["a"], models.Owner) and labels["b"].additional_properties == {"more": True}
    assert labels.to_dict() == {"a": {"id": 1}, "b": {"id": 2, "more": True}}


def test_pass_through_additional_properties_are_a_copy(models: ModuleType) -> None:
    source = {"text": "t", "number": 1.5, "missing": None}
    cells = models.Cells.from_dict(source)
    assert cells.additional_properties == source and cells.additional_properties is not source


def test_generated_from_dict_has_no_function_local_imports_or_closures_where_values_pass_through(
    models: ModuleType,
) -> None:
    text = Path(sys.modules[models.Folder.__module__].__file__ or "").read_text()
    from_dict = text[text.index("def from_dict") :].split("\n\n\n")[0]
    assert "import " not in from_dict  # nested models are imported once, at module level
    assert "dict(src_dict)" not in from_dict  # no copy of every item
    assert "def _parse_note" not in text  # string | null passes through: no closure
    assert "def _parse_owner" in text  # Owner | null needs parsing


def test_models_package_resolves_names_lazily(models: ModuleType) -> None:
    assert "Cells" in models.__all__ and "Cells" in dir(models)
    with pytest.raises(AttributeError, match="Nope"):
        models.Nope  # noqa: B018
