"""The per-process memory of the spec library: by content, computed once, and every caller gets its own copy."""

from __future__ import annotations

import functools
import json
import pickle
import re
import shutil
from collections import OrderedDict
from pathlib import Path
from typing import Any

import openapi_spec_validator
import pytest
import yaml
from buildlib import memo, overlay, specs
from buildlib.project import REPO_ROOT, BuildError, Project
from driftlib import fixtures as drift_fixtures
from driftlib import spec as drift_spec
from driftlib.apis import FIXTURES_DIR, load_apis
from driftlib.fixtures import fixture_paths, load_fixture

from contract_tests.authoring import exchanges

TINY = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "OK"}}}}},
}
OVERLAY = """overlay: 1.0.0
info: {title: t, version: 1.0.0}
actions:
  - target: $.paths['/a'].get
    update: {summary: from the overlay}
"""


@pytest.fixture(autouse=True)
def fresh_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty memory for each test, no shared folder; the process's own comes back afterwards."""
    monkeypatch.setattr(memo, "_snapshots", OrderedDict())
    monkeypatch.setattr(memo, "_size", 0)
    monkeypatch.delenv(memo.SHARED_DIR_ENV, raising=False)


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Replace module.name by a wrapper that counts its calls."""
    calls: list[int] = []
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _project(tmp_path: Path) -> Path:
    (tmp_path / "openapi").mkdir()
    (tmp_path / "openapi" / "tiny.json").write_text(json.dumps(TINY), encoding="utf-8")
    (tmp_path / "openapi" / "tiny.overlay.yaml").write_text(OVERLAY, encoding="utf-8")
    (tmp_path / "openapi" / "apis.toml").write_text(
        '[tiny]\npackage = "tiny_client"\nspec = "tiny.json"\nconfig = "c.yaml"\noverlay = "tiny.overlay.yaml"\n',
        encoding="utf-8",
    )
    return tmp_path / "openapi" / "tiny.json"


def test_load_spec_parses_once_and_a_mutated_result_does_not_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: A, version: '1'}\npaths: {}\n", encoding="utf-8")
    parses = _counting(monkeypatch, yaml, "load")
    first = specs.load_spec(path)
    first["info"]["title"] = "changed by a caller"
    first["paths"]["/new"] = {}
    second = specs.load_spec(path)
    assert second == {"openapi": "3.1.0", "info": {"title": "A", "version": "1"}, "paths": {}}
    assert second is not first and second["info"] is not first["info"]
    assert len(parses) == 1  # the second answer came from the memory


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: A, version: '1'}\n", encoding="utf-8")
    assert specs.load_spec(path)["info"]["title"] == "A"
    path.write_text("openapi: 3.1.0\ninfo: {title: B, version: '1'}\n", encoding="utf-8")
    assert specs.load_spec(path)["info"]["title"] == "B"  # content keys, not path or mtime keys


def test_same_content_at_another_path_is_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "openapi: 3.1.0\ninfo: {title: A, version: '1'}\n"
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text, encoding="utf-8")
    parses = _counting(monkeypatch, yaml, "load")
    assert specs.load_spec(tmp_path / "a.yaml") == specs.load_spec(tmp_path / "b.yaml")
    assert len(parses) == 1


def test_a_broken_file_keeps_failing_with_its_own_name(tmp_path: Path) -> None:
    for name in ("one.json", "two.json"):
        (tmp_path / name).write_text("{not json", encoding="utf-8")
        with pytest.raises(BuildError, match=rf"{name}: not valid JSON"):
            specs.load_spec(tmp_path / name)


def test_effective_spec_applies_once_and_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec_path = _project(tmp_path)
    applies = _counting(monkeypatch, overlay, "_apply")
    first = overlay.effective_spec_at(spec_path)
    assert first["paths"]["/a"]["get"]["summary"] == "from the overlay"
    first["paths"]["/a"]["get"]["summary"] = "mutated"
    first["paths"].clear()
    second = overlay.effective_spec_at(spec_path)
    assert second["paths"]["/a"]["get"]["summary"] == "from the overlay"
    assert len(applies) == 1
    api = Project(tmp_path).apis()["tiny"]
    assert overlay.effective_spec(api) == second and len(applies) == 1  # the same (base, overlay) data


def test_editing_the_overlay_or_the_base_on_disk_is_seen(tmp_path: Path) -> None:
    spec_path = _project(tmp_path)
    assert overlay.effective_spec_at(spec_path)["paths"]["/a"]["get"]["summary"] == "from the overlay"
    overlay_path = tmp_path / "openapi" / "tiny.overlay.yaml"
    overlay_path.write_text(OVERLAY.replace("from the overlay", "edited"), encoding="utf-8")
    assert overlay.effective_spec_at(spec_path)["paths"]["/a"]["get"]["summary"] == "edited"
    spec_path.write_text(json.dumps({**TINY, "info": {"title": "Renamed", "version": "1"}}), encoding="utf-8")
    assert overlay.effective_spec_at(spec_path)["info"]["title"] == "Renamed"


def test_apply_overlay_result_is_a_copy_and_the_base_is_untouched() -> None:
    data = specs.parse_yaml(OVERLAY)
    base = json.loads(json.dumps(TINY))
    first = overlay.apply_overlay(base, data)
    first.spec["paths"]["/a"]["get"]["summary"] = "mutated"
    second = overlay.apply_overlay(base, data)
    assert second.spec["paths"]["/a"]["get"]["summary"] == "from the overlay"
    assert "summary" not in base["paths"]["/a"]["get"]
    assert [a.matched for a in second.actions] == [1]


def test_parse_yaml_gives_each_caller_its_own_copy() -> None:
    first = specs.parse_yaml("a: [1, 2]\n")
    first["a"].append(3)
    assert specs.parse_yaml("a: [1, 2]\n") == {"a": [1, 2]}


def test_check_spec_validates_a_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    validators = _counting(monkeypatch, openapi_spec_validator, "OpenAPIV31SpecValidator")
    specs.check_spec(json.loads(json.dumps(TINY)), "first")
    reordered = dict(reversed(list(json.loads(json.dumps(TINY)).items())))  # same canonical JSON
    specs.check_spec(reordered, "second")
    assert len(validators) == 1


def test_an_invalid_document_is_checked_every_time_naming_each_source(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = {**TINY, "info": {"title": "no version"}}
    validators = _counting(monkeypatch, openapi_spec_validator, "OpenAPIV31SpecValidator")
    for source in ("one.yaml", "two.yaml"):
        with pytest.raises(BuildError, match=rf"^{source}: invalid OpenAPI document"):
            specs.check_spec(broken, source)
    assert len(validators) == 2


def test_a_valid_document_is_shared_through_the_build_cache_and_an_invalid_one_never(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(memo.SHARED_DIR_ENV, str(tmp_path))
    broken = {**TINY, "info": {"title": "no version"}}
    validators = _counting(monkeypatch, openapi_spec_validator, "OpenAPIV31SpecValidator")
    specs.check_spec(json.loads(json.dumps(TINY)), "first process")
    with pytest.raises(BuildError):
        specs.check_spec(broken, "first process")
    assert len(validators) == 2 and len(list((tmp_path / "valid-openapi").iterdir())) == 1
    monkeypatch.setattr(memo, "_snapshots", OrderedDict())  # another process: nothing in memory, the same folder
    specs.check_spec(json.loads(json.dumps(TINY)), "second process")
    assert len(validators) == 2
    with pytest.raises(BuildError, match=r"^second process: invalid OpenAPI document"):
        specs.check_spec(broken, "second process")
    assert len(validators) == 3


def test_the_build_cache_key_names_the_validator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(memo.SHARED_DIR_ENV, str(tmp_path))
    validators = _counting(monkeypatch, openapi_spec_validator, "OpenAPIV31SpecValidator")
    specs.check_spec(json.loads(json.dumps(TINY)), "old validator")
    monkeypatch.setattr(memo, "_snapshots", OrderedDict())
    monkeypatch.setattr(specs, "_CHECKER", memo.digest("another release"))
    specs.check_spec(json.loads(json.dumps(TINY)), "new validator")
    assert len(validators) == 2 and len(list((tmp_path / "valid-openapi").iterdir())) == 2


@pytest.mark.parametrize(
    "data",
    [{200: "a"}, {"a": (1, 2)}, {"a": float("nan")}, {"a": {1, 2}}],
    ids=["integer key", "tuple", "nan", "set"],
)
def test_data_that_json_would_conflate_has_no_canonical_key(data: Any) -> None:
    assert specs.canonical_key(data) is None


def test_shared_and_cyclic_data_terminate() -> None:
    shared = {"a": [1]}
    assert specs.canonical_key({"x": shared, "y": shared}) == specs.canonical_key({"x": {"a": [1]}, "y": {"a": [1]}})
    cyclic: dict[str, Any] = {"a": []}
    cyclic["a"].append(cyclic)
    assert specs.canonical_key(cyclic) is None


def test_canonical_key_ignores_key_order_only() -> None:
    assert specs.canonical_key({"a": 1, "b": [1, "x"]}) == specs.canonical_key({"b": [1, "x"], "a": 1})
    assert specs.canonical_key({"a": 1}) != specs.canonical_key({"a": 1.0})
    assert specs.canonical_key({"a": True}) != specs.canonical_key({"a": 1})


def test_drift_documents_are_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    path = REPO_ROOT / "openapi" / "onet" / "openapi.json"
    applies = _counting(monkeypatch, overlay, "_apply")
    first = drift_spec.load_document(path)
    first["paths"].clear()
    second = drift_spec.load_document(path)
    assert second["paths"] and second == overlay.effective_spec_at(path)
    assert len(applies) == 1


def test_drift_configuration_follows_the_spec_index_on_disk(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "openapi", tmp_path / "openapi")
    for api in Project(REPO_ROOT).apis().values():
        (tmp_path / "generated_client" / api.package).mkdir(parents=True)
        shutil.copy(
            REPO_ROOT / "generated_client" / api.package / "_spec_index.json",
            tmp_path / "generated_client" / api.package,
        )
    before = load_apis(tmp_path)["onet"]
    index_path = tmp_path / "generated_client" / before.package / "_spec_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    index["base_url"] = "https://elsewhere.example/v2"
    index_path.write_text(json.dumps(index), encoding="utf-8")
    assert load_apis(tmp_path)["onet"].base_url == "https://elsewhere.example/v2"
    assert load_apis(tmp_path)["careeronestop"].base_url == load_apis()["careeronestop"].base_url


def test_authoring_plans_are_parsed_and_checked_once_per_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(exchanges.DATA_ROOT / "careeronestop", tmp_path / "careeronestop")
    checks = _counting(monkeypatch, exchanges, "_checked_plan")
    first = exchanges.load_api_data("careeronestop", tmp_path)
    plans = len(first.plans)
    key, plan_file = next(iter(first.files.items()))
    first.plans[key]["operation"] = "mutated"
    second = exchanges.load_api_data("careeronestop", tmp_path)
    assert second.plans[key]["operation"] == key and len(checks) == plans
    plan_file.write_text(plan_file.read_text(encoding="utf-8") + "notes: edited\n", encoding="utf-8")
    third = exchanges.load_api_data("careeronestop", tmp_path)
    assert third.plans[key]["notes"] == "edited" and len(checks) == plans + 1


def test_the_memory_drops_the_least_recently_used_beyond_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "BUDGET", 2 * len(pickle.dumps("x" * 1000, protocol=pickle.HIGHEST_PROTOCOL)) + 10)
    computed: list[str] = []

    def value(name: str) -> str:
        computed.append(name)
        return name * 1000

    for name in ("a", "b", "a", "c", "a", "b"):
        assert memo.remember("test", name, functools.partial(value, name)) == name * 1000
    assert computed == ["a", "b", "c", "b"]  # "a" was used again before "c" came, so "b" made room


def test_fixtures_are_checked_once_per_content_and_handed_out_as_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = next(iter(fixture_paths(FIXTURES_DIR, "onet")))
    path = tmp_path / source.name
    shutil.copy(source, path)
    config = load_apis()["onet"]
    checks = _counting(monkeypatch, drift_fixtures, "format_problems")
    first = load_fixture(path, config)
    first.data["response"]["status"] = 599
    second = load_fixture(path, config)
    assert second.data == json.loads(source.read_text(encoding="utf-8")) and len(checks) == 1
    data = json.loads(source.read_text(encoding="utf-8"))
    data["response"]["status"] = "not a number"
    path.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "copy" / source.name
    other.parent.mkdir()
    shutil.copy(path, other)
    for broken in (path, other):  # an edit is seen, and a bad content fails again naming its own file
        with pytest.raises(drift_fixtures.FixtureError, match="^" + re.escape(f"{broken}: not in the fixture format")):
            load_fixture(broken, config)


def test_a_missing_overlay_still_fails_with_the_loaders_message(tmp_path: Path) -> None:
    spec_path = _project(tmp_path)
    assert overlay.effective_spec_at(spec_path)["paths"]["/a"]["get"]["summary"] == "from the overlay"
    (tmp_path / "openapi" / "tiny.overlay.yaml").unlink()
    with pytest.raises(BuildError, match=r"tiny\.overlay\.yaml: cannot read overlay"):
        overlay.effective_spec(Project(tmp_path).apis()["tiny"])
