"""scripts/build.py --export: bundled, normalized, validated specs for other languages (and their index)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from buildlib.export import plain_json
from buildlib.overlay import effective_spec
from buildlib.project import REPO_ROOT, Project
from buildlib.specs import YAML_LOADER, normalize, operations, resolve_pointer

from tests.conftest import BuildCli

pytestmark = pytest.mark.cost(9)  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)

SCRIPTS = REPO_ROOT / "scripts"
BUILD = SCRIPTS / "build.py"
DOWNSTREAM = SCRIPTS / "downstream.py"
SPECS_GUIDE = REPO_ROOT / "docs" / "guide" / "specs.md"

# The extensions the issue names; each must survive the export and be documented in docs/guide/specs.md.
LISTED_EXTENSIONS = [
    "x-onet-confidence",
    "x-onet-reference-id",
    "x-onet-paged",
    "x-onet-path-candidates",
    "x-onet-evidence",
    "x-onet-confidence-detail",
    "x-careeronestop-confidence",
    "x-careeronestop-response-confidence",
    "x-pagination",
]


def run_script(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True)


RunExport = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def run_export(build_cli: BuildCli) -> RunExport:
    """`run_export(dest, *args, root=...)`: build.py --export, in-process (tests/conftest.py)."""

    def run(dest: Path, *args: str, root: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
        return build_cli("--root", str(root), "--export", str(dest), *args)

    return run


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any, Any]]:
    """Yield (path, key, value) for every mapping entry in a document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def extensions(spec: Any) -> list[tuple[tuple[Any, ...], str, str]]:
    return sorted(
        (path, key, json.dumps(value, sort_keys=True))
        for path, key, value in walk(spec)
        if isinstance(key, str) and key.startswith("x-")
    )


def refs(spec: Any) -> list[str]:
    return [value for _, key, value in walk(spec) if key == "$ref" and isinstance(value, str)]


# ------------------------------------------------------------------------------------- the real specs


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, run_export: RunExport) -> Path:
    """One `build.py --export` of the real specs (in-process)."""
    dest = tmp_path_factory.mktemp("export") / "specs"
    result = run_export(dest)
    assert result.returncode == 0, result.stdout + result.stderr
    return dest


@pytest.fixture(scope="module")
def index(exported: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((exported / "index.json").read_text(encoding="utf-8"))
    return data


def test_export_writes_json_yaml_and_index_per_api(exported: Path, index: dict[str, Any]) -> None:
    apis = Project(REPO_ROOT).apis()
    expected = {f"{name}.{fmt}" for name in apis for fmt in ("json", "yaml")}
    changelogs = {f"{name}.changelog.md" for name in apis}  # buildlib.versions: every committed API is versioned
    assert {p.name for p in exported.iterdir()} == expected | changelogs | {"index.json"}
    assert index["index_version"] == 1
    assert [e["file"] for e in index["files"]] == sorted(expected)
    for entry in index["files"]:
        api = apis[entry["api"]]
        source = effective_spec(api)
        assert entry["file"] == f"{api.name}.{entry['format']}"
        assert entry["openapi"] == source["openapi"]
        assert entry["spec_version"] == str(source["info"]["version"])
        assert entry["title"] == source["info"]["title"]
        assert entry["operations"] == sum(1 for _ in operations(source)) > 0
        assert entry["source"] == api.spec.relative_to(REPO_ROOT).as_posix()
        assert entry["sha256"] == hashlib.sha256((exported / entry["file"]).read_bytes()).hexdigest()


def test_json_and_yaml_hold_the_same_document_as_the_source(exported: Path) -> None:
    for name, api in Project(REPO_ROOT).apis().items():
        as_json = json.loads((exported / f"{name}.json").read_text(encoding="utf-8"))
        as_yaml = yaml.load((exported / f"{name}.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER)
        assert as_json == as_yaml
        # The committed specs are self-contained already: the export changes their layout, not their content.
        assert as_json == plain_json(effective_spec(api), api.spec)


def test_output_is_normalized_sorted_and_alias_free(exported: Path) -> None:
    for name in Project(REPO_ROOT).apis():
        text = (exported / f"{name}.json").read_text(encoding="utf-8")
        assert text == normalize(json.loads(text))
        yaml_text = (exported / f"{name}.yaml").read_text(encoding="utf-8")
        for event in yaml.parse(yaml_text, Loader=YAML_LOADER):
            assert not isinstance(event, yaml.AliasEvent)
            assert getattr(event, "anchor", None) is None
        stack = [yaml.compose(yaml_text, Loader=YAML_LOADER)]
        while stack:
            node = stack.pop()
            if isinstance(node, yaml.MappingNode):
                keys = [k.value for k, _ in node.value]
                assert keys == sorted(keys)
                stack.extend(v for _, v in node.value)
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)


def test_every_ref_is_internal_and_resolves(exported: Path) -> None:
    for name in Project(REPO_ROOT).apis():
        spec = json.loads((exported / f"{name}.json").read_text(encoding="utf-8"))
        found = refs(spec)
        assert found, f"{name}: expected some $refs"
        for ref in found:
            assert ref.startswith("#/"), ref
            resolve_pointer(spec, ref)


def test_x_extensions_are_kept(exported: Path) -> None:
    seen: set[str] = set()
    for name, api in Project(REPO_ROOT).apis().items():
        source = extensions(plain_json(effective_spec(api), api.spec))
        assert source, f"{name}: the spec carries no x- extensions"
        spec = json.loads((exported / f"{name}.json").read_text(encoding="utf-8"))
        assert extensions(spec) == source
        seen.update(key for _, key, _ in source)
    assert "x-onet-confidence" in seen and "x-careeronestop-confidence" in seen


def test_specs_guide_documents_every_extension(exported: Path) -> None:
    guide = SPECS_GUIDE.read_text(encoding="utf-8")
    heading = "## Extensions"
    assert heading in guide
    section = guide.split(heading, 1)[1]
    section = re.split(r"\n## ", section, maxsplit=1)[0]
    names = set(LISTED_EXTENSIONS)
    for name in Project(REPO_ROOT).apis():
        spec = json.loads((exported / f"{name}.json").read_text(encoding="utf-8"))
        names.update(key for _, key, _ in extensions(spec))
    missing = sorted(n for n in names if f"`{n}`" not in section)
    assert not missing, f"document these extensions in docs/guide/specs.md '{heading}': {missing}"


def test_export_is_byte_identical_across_runs(exported: Path, tmp_path: Path) -> None:
    """The suite's one real `scripts/build.py` subprocess: the entry point, and another process's hash seed."""
    again = tmp_path / "specs"
    result = run_script(BUILD, "--export", str(again))
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree_bytes(again) == tree_bytes(exported)


# ---------------------------------------------------------------------------- a copy of the project


def copy_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(REPO_ROOT / "openapi", root / "openapi")
    return root


def break_onet(root: Path) -> None:
    spec_file = root / "openapi" / "onet" / "openapi.json"
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    spec["paths"]["/broken"] = {
        "get": {
            "operationId": "broken",
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}},
                }
            },
        }
    }
    spec_file.write_text(json.dumps(spec, indent=2), encoding="utf-8")


BROKEN_PATH = '$.paths["/broken"].get.responses["200"].content["application/json"].schema["$ref"]'


def test_broken_spec_exits_2_naming_file_and_path_and_writes_nothing(tmp_path: Path, run_export: RunExport) -> None:
    root = copy_project(tmp_path)
    break_onet(root)
    dest = tmp_path / "out"
    result = run_export(dest, root=root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "onet/openapi.json" in result.stderr
    assert BROKEN_PATH in result.stderr
    assert "#/components/schemas/Missing" in result.stderr
    assert not dest.exists()  # not even careeronestop, whose spec is fine

    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    assert run_export(dest, root=root).returncode == 2
    assert tree_bytes(dest) == {"keep.txt": b"mine"}


def test_downstream_names_the_failing_step_before_installing_anything(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    break_onet(root)
    work = tmp_path / "work"
    result = run_script(DOWNSTREAM, "--root", str(root), "--work", str(work), "--tools", str(tmp_path / "tools"))
    assert result.returncode == 1
    assert "FAILED at step 1/6 export" in result.stderr
    assert "onet/openapi.json" in result.stderr and BROKEN_PATH in result.stderr
    assert "skipped tools, lint, types, type-check, pydantic" in result.stderr
    assert not (tmp_path / "tools").exists()


# -------------------------------------------------------------------------------- a tiny project


def tiny_project(tmp_path: Path, spec_text: str, files: dict[str, str] | None = None) -> Path:
    """A project with one API, `tiny`, whose spec is openapi/tiny/openapi.yaml (plus files beside it)."""
    root = tmp_path / "tiny-project"
    spec_dir = root / "openapi" / "tiny"
    spec_dir.mkdir(parents=True)
    (root / "openapi" / "apis.toml").write_text(
        '[tiny]\npackage = "tiny_client"\nspec = "tiny/openapi.yaml"\nconfig = "tiny/config.yaml"\n'
    )
    (spec_dir / "openapi.yaml").write_text(spec_text)
    for relative, text in (files or {}).items():
        target = spec_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return root


TINY_YAML = """\
openapi: 3.1.0
info: {title: Tiny, version: "1"}
paths:
  /things:
    get:
      operationId: list_things
      x-onet-confidence: documented
      x-onet-reference-id: listThings
      x-onet-paged: true
      x-onet-path-candidates: [/things, /things/all]
      x-onet-evidence: [SEED-TOC]
      x-onet-confidence-detail: {existence: documented, response: guess}
      x-careeronestop-confidence: guess
      x-careeronestop-response-confidence: guess
      x-pagination: {offsetParameter: start, limitParameter: limit, totalField: Total, itemsField: Things,
                     firstOffset: 0}
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Things"}
components:
  schemas:
    Things:
      type: object
      properties:
        Total: {type: integer}
        Things: {type: array, items: {type: string}}
"""


def test_yaml_response_codes_become_strings_and_extensions_survive(tmp_path: Path, run_export: RunExport) -> None:
    root = tiny_project(tmp_path, TINY_YAML)
    dest = tmp_path / "out"
    result = run_export(dest, root=root)
    assert result.returncode == 0, result.stderr
    assert "tiny: 1 operations -> tiny.json, tiny.yaml" in result.stdout
    spec = json.loads((dest / "tiny.json").read_text())
    operation = spec["paths"]["/things"]["get"]
    assert list(operation["responses"]) == ["200"]
    assert {k for k in operation if k.startswith("x-")} == set(LISTED_EXTENSIONS)
    assert operation["x-pagination"]["firstOffset"] == 0
    assert yaml.safe_load((dest / "tiny.yaml").read_text()) == spec
    assert not (root / "generated_client").exists()  # --export only exports


def test_api_option_limits_the_export(tmp_path: Path, run_export: RunExport) -> None:
    root = tiny_project(tmp_path, TINY_YAML)
    with (root / "openapi" / "apis.toml").open("a") as toml:
        toml.write('\n[other]\npackage = "other_client"\nspec = "tiny/openapi.yaml"\nconfig = "x.yaml"\n')
    dest = tmp_path / "out"
    assert run_export(dest, "--api", "other", root=root).returncode == 0
    assert sorted(p.name for p in dest.iterdir()) == ["index.json", "other.json", "other.yaml"]
    assert {e["api"] for e in json.loads((dest / "index.json").read_text())["files"]} == {"other"}


def test_export_and_check_are_exclusive(tmp_path: Path, run_export: RunExport) -> None:
    result = run_export(tmp_path / "out", "--check")
    assert result.returncode == 2
    assert "--export and --check cannot be combined" in result.stderr


SPLIT_MAIN = """\
openapi: 3.1.0
info: {title: Split, version: "2"}
paths:
  /things:
    get:
      operationId: list_things
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "shared/schemas.yaml#/components/schemas/ThingList"}
        "422": {$ref: "shared/error-response.yaml"}
components:
  schemas:
    Note: {type: string}
"""
SPLIT_SCHEMAS = """\
components:
  schemas:
    ThingList:
      type: object
      properties:
        things: {type: array, items: {$ref: "#/components/schemas/Thing"}}
    Thing:
      type: object
      properties:
        name: {type: string}
        parts: {type: array, items: {$ref: "#/components/schemas/Thing"}}
        note: {$ref: "../openapi.yaml#/components/schemas/Note"}
"""
SPLIT_ERROR = """\
description: Unprocessable.
content:
  application/json:
    schema: {type: object, properties: {error: {type: string}}}
"""


def test_external_refs_are_bundled_into_components(tmp_path: Path, run_export: RunExport) -> None:
    files = {"shared/schemas.yaml": SPLIT_SCHEMAS, "shared/error-response.yaml": SPLIT_ERROR}
    root = tiny_project(tmp_path, SPLIT_MAIN, files)
    dest = tmp_path / "out"
    result = run_export(dest, root=root)
    assert result.returncode == 0, result.stderr
    spec = json.loads((dest / "tiny.json").read_text())
    assert sorted(spec["components"]["schemas"]) == ["Note", "Thing", "ThingList"]
    response = spec["paths"]["/things"]["get"]["responses"]
    assert response["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ThingList"}
    assert response["422"]["description"] == "Unprocessable."  # a whole file is inlined
    thing = spec["components"]["schemas"]["Thing"]
    assert thing["properties"]["parts"]["items"] == {"$ref": "#/components/schemas/Thing"}  # recursion kept
    assert thing["properties"]["note"] == {"$ref": "#/components/schemas/Note"}  # back into the spec itself
    assert all(ref.startswith("#/") for ref in refs(spec))
    assert yaml.safe_load((dest / "tiny.yaml").read_text()) == spec


def test_missing_external_file_names_referrer_and_path(tmp_path: Path, run_export: RunExport) -> None:
    root = tiny_project(tmp_path, SPLIT_MAIN)
    dest = tmp_path / "out"
    result = run_export(dest, root=root)
    assert result.returncode == 2
    assert "tiny/openapi.yaml" in result.stderr
    assert '$.paths["/things"].get.responses["200"]' in result.stderr
    assert "shared/schemas.yaml" in result.stderr and "does not exist" in result.stderr
    assert not dest.exists()


def test_bundled_name_clash_is_an_error(tmp_path: Path, run_export: RunExport) -> None:
    clash = SPLIT_MAIN.replace('"shared/error-response.yaml"', '"#/components/responses/E"') + (
        "    ThingList: {type: string}\n  responses:\n    E: {description: e}\n"
    )
    root = tiny_project(tmp_path, clash, {"shared/schemas.yaml": SPLIT_SCHEMAS})
    result = run_export(tmp_path / "out", root=root)
    assert result.returncode == 2
    assert "which the spec already defines" in result.stderr
    assert "components.schemas.ThingList" in result.stderr
