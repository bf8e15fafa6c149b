"""The model templates (openapi/templates, issues 14, 21, 23) on shapes the committed specs do not all have.

A tiny spec with typed additionalProperties, nullable model and scalar members, two models that refer to each
other, an enum, a union of a model and a string, and a request body is generated once with the real generator;
the generated package is imported and its models parsed.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
import typing
from collections.abc import Callable, Iterator
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
            },
            "post": {
                "operationId": "create_folder",
                "tags": ["folders"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewFolder"}}},
                },
                "responses": {"204": {"description": "created"}},
            },
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
            "Badge": {
                "type": "object",
                "properties": {
                    "color": {"type": "string", "enum": ["red", "blue"]},
                    "size": {"type": "number"},
                    "holder": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "string"}]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
            "NewFolder": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "note": {"type": "string"},
                    "tag": {"$ref": "#/components/schemas/NewTag"},
                },
            },
            "NewTag": {"type": "object", "properties": {"text": {"type": "string"}}},
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
    (root / "openapi" / "shapes" / "config.yaml").write_text(
        "package_name_override: shapes_client\npost_hooks: []\nliteral_enums: true\n"
    )
    (root / "overrides").mkdir()
    shutil.copytree(REPO_ROOT / "overrides" / "_core", root / "overrides" / "_core")  # what generated models import
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


def test_generated_from_dict_has_no_function_local_imports_closures_or_init_call(models: ModuleType) -> None:
    text = Path(sys.modules[models.Folder.__module__].__file__ or "").read_text()
    from_dict = text[text.index("def from_dict") : text.index("def fields_sent")]
    assert "import " not in from_dict  # nested models are imported once, at module level
    assert "dict(src_dict)" not in from_dict  # no copy of every item
    assert "def " not in from_dict.removeprefix("def from_dict")  # no closure per call, not even for Owner | null
    assert "_from_dict_Owner(v)" in from_dict and "_from_dict_Owner = Owner.from_dict" in text  # in line, bound once
    assert "cls(" not in from_dict  # no attrs __init__ with keyword arguments: one store per field


def test_models_package_resolves_names_lazily(models: ModuleType) -> None:
    assert "Cells" in models.__all__ and "Cells" in dir(models)
    with pytest.raises(AttributeError, match="Nope"):
        models.Nope  # noqa: B018


def drift_during(models: ModuleType, build: Callable[[], object]) -> int:
    """How many times building noted drift (the count parse() compares before walking the result)."""
    drift_count = importlib.import_module("shapes_client._core.models").drift_count
    before = drift_count()
    build()
    return int(drift_count() - before)


def test_absent_and_null_both_read_none_and_round_trip_apart(models: ModuleType) -> None:
    body = {"name": "x", "note": None}
    folder = models.Folder.from_dict(body)
    assert folder.note is None and folder.owner is None and folder.children is None
    assert folder.fields_sent() == {"name", "note"}
    assert folder.to_dict() == body  # the null comes back, the absent members stay absent
    assert models.Folder(name="made").to_dict() == {"name": "made"}  # built by hand: None is "not sent"


def test_response_types_read_none_for_absent_and_request_models_keep_unset(models: ModuleType) -> None:
    folder = models.Folder
    hints = typing.get_type_hints(folder, localns=vars(models))
    assert hints["note"] == str | None and hints["children"] == list[folder] | None  # type: ignore[valid-type]
    unset = importlib.import_module("shapes_client.types").Unset
    request = typing.get_type_hints(models.NewFolder, localns=vars(models))
    assert request["note"] == str | unset and request["tag"] == models.NewTag | unset  # nested request model too
    assert models.NewFolder(name="n").to_dict() == {"name": "n"}
    assert models.NewFolder.from_dict({"name": "n"}).note is importlib.import_module("shapes_client.types").UNSET


def test_conforming_values_note_no_drift(models: ModuleType) -> None:
    body = {"color": "red", "size": 2, "holder": {"id": 1}, "tags": ["a"]}
    assert drift_during(models, lambda: models.Badge.from_dict(body)) == 0
    assert drift_during(models, lambda: models.Badge.from_dict({"holder": "someone", "size": 1.5})) == 0
    assert drift_during(models, lambda: models.Folder.from_dict({"name": "n", "note": None, "owner": None})) == 0


@pytest.mark.parametrize(
    ("body", "attribute", "kept"),
    [
        ({"color": "green"}, "color", "green"),  # an enum value the spec does not list
        ({"size": "2"}, "size", "2"),  # a string where a number belongs
        ({"size": True}, "size", True),  # a boolean is not a number
        ({"holder": {"name": "no id"}}, "holder", {"name": "no id"}),  # no union member fits: kept as sent
        ({"holder": 7}, "holder", 7),
        ({"tags": "a"}, "tags", "a"),
        ({"size": None}, "size", None),  # a null the spec does not allow
        ({"extra": 1}, None, None),  # a key the spec does not name
    ],
)
def test_each_difference_is_kept_and_noted_once_built(
    models: ModuleType, body: dict[str, Any], attribute: str | None, kept: object
) -> None:
    badges: list[Any] = []
    assert drift_during(models, lambda: badges.append(models.Badge.from_dict(body))) >= 1
    if attribute is not None:
        assert getattr(badges[0], attribute) == kept
    assert badges[0].to_dict() == body


def test_request_model_asks_for_the_whole_response_check(models: ModuleType) -> None:
    """A request model checks nothing while built, so one inside a response must make parse() walk it."""
    assert drift_during(models, lambda: models.NewFolder.from_dict({"name": "n"})) == 1


def _parsed_shapes() -> Any:
    """The tiny spec as openapi-python-client parses it (what the build hands buildlib.model_roles)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile(literal_enums=True), MetaType.NONE, Path("shapes.json"), "utf-8", overwrite=True, output_path=None
    )
    return GeneratorData.from_dict(json.loads(json.dumps(SPEC)), config=config)


def test_model_roles_follow_the_parsed_spec_and_the_index() -> None:
    from buildlib import model_roles
    from buildlib.project import BuildError

    parsed = _parsed_shapes()
    assert model_roles.request_models(parsed) == {"NewFolder", "NewTag"}  # the body and the model it nests
    spots = [{"at": ["children", "*"], "fields": ["note"]}, {"at": ["owner"], "fields": ["home"]}]  # Owner | null
    index = {"operations": [{"method": "GET", "path": "/folders", "assumed_required": {"200": spots}}]}
    assert model_roles.assumed_fields(parsed, index) == {"Folder": {"note"}, "Owner": {"home"}}
    nowhere = [{"at": ["nope"], "fields": ["x"]}]
    broken = {"operations": [{"method": "GET", "path": "/folders", "assumed_required": {"200": nowhere}}]}
    with pytest.raises(BuildError, match=r"GET /folders 200: no model at \['nope'\]"):
        model_roles.assumed_fields(parsed, broken)
