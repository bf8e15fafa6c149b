"""The strict check against evidence the authoring tool did not make: published bodies and hand-made mutations.

The fixtures themselves are checked by `drift.py check` and by the authoring tool before it writes them, so
re-checking them here could not fail. These tests can: a published body the spec rejects means the spec is
wrong, and a mutation that is not reported (or reported as something else) means the spec or the strict copy
stopped saying what it should.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from buildlib.specs import parse_yaml
from driftlib.apis import API_NAMES
from driftlib.fixtures import fixture_paths
from driftlib.spec import Operation, Spec

from contract_tests.contract_support import FIXTURES, checker_for

HERE = Path(__file__).resolve().parent
PUBLIC = parse_yaml((HERE / "public_bodies.yaml").read_text(encoding="utf-8"))
MUTATIONS = parse_yaml((HERE / "mutations.yaml").read_text(encoding="utf-8"))
EXAMPLES = [
    (api, path)
    for api in API_NAMES
    for path in fixture_paths(FIXTURES, api)
    if json.loads(path.read_text(encoding="utf-8"))["provenance"]["source"] == "documentation-example"
]


def _operation(spec: Spec, key: str) -> Operation:
    method, _, path = key.partition(" ")
    found = [op for op in spec.operations.values() if op.method == method and op.path == path]
    assert found, f"{key}: no such operation in {spec.name}"
    return found[0]


def _problems(api: str, operation: Operation, status: int, body: Any) -> list[tuple[str, str]]:
    return [(p.kind, p.path) for p in checker_for(api).check(operation, status, body)]


def test_there_is_evidence_to_check() -> None:
    assert len(EXAMPLES) >= 7 and len(PUBLIC) >= 2 and len(MUTATIONS) >= 10


@pytest.mark.parametrize("entry", PUBLIC, ids=[f"{e['api']} {e['operation']} {e['status']}" for e in PUBLIC])
def test_published_body_matches_the_strict_spec(entry: dict[str, Any]) -> None:
    operation = _operation(checker_for(entry["api"]).spec, entry["operation"])
    assert _problems(entry["api"], operation, entry["status"], entry["body"]) == [], entry["source"]


@pytest.mark.parametrize(("api", "path"), EXAMPLES, ids=[p.stem for _, p in EXAMPLES])
def test_documentation_example_matches_the_strict_spec(api: str, path: Path) -> None:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    operation = _operation(checker_for(api).spec, f"{fixture['request']['method']} {fixture['request']['path']}")
    assert _problems(api, operation, fixture["response"]["status"], fixture["response"]["body"]) == []


def _apply(body: Any, change: dict[str, Any]) -> None:
    *parents, last = change["at"]
    node = body
    for key in parents:
        node = node[key]
    if change.get("delete"):
        del node[last]
    else:
        node[last] = change["set"]
    if "then" in change:
        _apply(body, change["then"])


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[f"{m['fixture']}: {m['why']}" for m in MUTATIONS])
def test_mutation_is_judged_as_expected(mutation: dict[str, Any]) -> None:
    api = mutation["fixture"].split("/")[0]
    fixture = json.loads((FIXTURES / mutation["fixture"]).read_text(encoding="utf-8"))
    operation = _operation(checker_for(api).spec, f"{fixture['request']['method']} {fixture['request']['path']}")
    status = fixture["response"]["status"]
    body = copy.deepcopy(fixture["response"]["body"])
    assert _problems(api, operation, status, body) == [], "the unmutated body must pass for the test to mean anything"
    _apply(body, mutation)
    expected = [] if mutation["expect"] == "accepted" else [(mutation["expect"]["kind"], mutation["expect"]["path"])]
    assert _problems(api, operation, status, body) == expected


def test_undeclared_status_is_reported() -> None:
    spec = checker_for("onet").spec
    assert _problems("onet", _operation(spec, "GET /online/search"), 418, {}) == [("status-undeclared", "$")]
