"""The effective O*NET spec as a product: one naming pattern, unique summaries, named enums, examples that validate.

Everything here reads the spec through buildlib.overlay, as the build does, so the names and examples the
overlay adds are what is checked; the overlay itself must keep to path + method targets.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import jsonschema
import pytest
from buildlib import assumed
from buildlib.overlay import apply_file, effective_spec
from buildlib.project import REPO_ROOT, Project
from buildlib.specs import load_spec, operations
from driftlib.spec import Spec as DriftSpec

API = Project(REPO_ROOT).apis()["onet"]
SPEC = effective_spec(API)
OPERATIONS = list(operations(SPEC))
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
VERBS = ("get", "list", "search", "convert")
# contract 1: operationIds kept although they do not start with a verb (generated module names stay).
KEPT_IDS = {"keyword_search"}


def test_every_operation_has_a_verb_first_unique_operation_id() -> None:
    ids = [op["operationId"] for _, _, op in OPERATIONS]
    assert not [i for i, n in Counter(ids).items() if n > 1]
    bad = [i for i in ids if not SNAKE.match(i) or (i.split("_")[0] not in VERBS and i not in KEPT_IDS)]
    assert not bad, bad


def test_every_operation_has_an_sdk_namespace_and_method() -> None:
    seen: Counter[tuple[str, str]] = Counter()
    for method, path, op in OPERATIONS:
        namespace, name = op.get("x-sdk-namespace"), op.get("x-sdk-method")
        where = f"{method.upper()} {path}"
        assert isinstance(namespace, str) and SNAKE.match(namespace), where
        assert isinstance(name, str) and SNAKE.match(name) and name.split("_")[0] in VERBS, where
        assert namespace == op["tags"][0], where  # the namespace is the tag the generator files the module under
        assert not name.startswith(f"{namespace}_"), where
        seen[(namespace, name)] += 1
    assert not [key for key, n in seen.items() if n > 1]


def test_summaries_are_unique() -> None:
    summaries = Counter(op["summary"] for _, _, op in OPERATIONS)
    assert not [s for s, n in summaries.items() if n > 1]


def _inline_enums(node: Any, where: tuple[Any, ...] = ()) -> list[str]:
    found = []
    if isinstance(node, dict):
        named = len(where) == 3 and where[:2] == ("components", "schemas")
        if "enum" in node and not named:
            found.append("/".join(map(str, where)))
        for key, value in node.items():
            found += _inline_enums(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _inline_enums(value, (*where, index))
    return found


def test_enums_are_named_components() -> None:
    assert _inline_enums(SPEC) == []


def test_info_has_contact_license_and_no_pointer_into_this_repository() -> None:
    info = SPEC["info"]
    assert info["contact"]["url"].startswith("https://") and info["license"]["identifier"]
    assert not re.search(r"scripts/|openapi/|build\.py|\.json|\.yaml", info["description"])


def test_overlay_targets_operations_by_path_and_method_and_all_match_the_base() -> None:
    assert API.overlay is not None
    overlay = load_spec(API.overlay)
    targets = [a["target"] for a in overlay["actions"]]
    assert not [t for t in targets if "operationId" in t]
    applied = apply_file(load_spec(API.spec), API.overlay)
    assert [a.target for a in applied.unmatched] == []
    assumed.demote(applied.spec)  # the last step of effective_spec: required that no evidence backs is assumed
    assert applied.spec == SPEC


def _example(op: dict[str, Any]) -> Any:
    media = op["responses"]["200"]["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, _ in OPERATIONS], ids=lambda v: str(v))
def test_every_operation_has_a_200_example_that_validates(method: str, path: str) -> None:
    op = SPEC["paths"][path][method]
    schema = {**SPEC, **op["responses"]["200"]["content"]["application/json"]["schema"]}  # $refs resolve in SPEC
    jsonschema.Draft202012Validator(schema).validate(_example(op))


def test_an_invalid_example_is_caught() -> None:
    op = SPEC["paths"]["/online/search"]["get"]
    schema = {**SPEC, **op["responses"]["200"]["content"]["application/json"]["schema"]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate({**_example(op), "total": "many"})


def test_drift_tooling_reads_the_effective_spec() -> None:
    drift = DriftSpec.load(API.spec)
    assert set(drift.operations) == {op["operationId"] for _, _, op in OPERATIONS}
    assert drift.operations["get_service_index"].path == "/"
