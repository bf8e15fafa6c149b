"""Fixture inventory: every operation of both specs has a success fixture, in the documented format.

A new operation in a spec without a fixture fails here, so the contract suite never silently skips it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from buildlib.specs import resolve_pointer
from driftlib.apis import API_NAMES, REDACTED, USER_ID_PLACEHOLDER, load_apis
from driftlib.check import match_operation
from driftlib.fixtures import Fixture, fixture_paths, load_fixture

from contract_tests.contract_support import FIXTURES, ROOT, checker_for

SEEDS = ROOT.parent / "shared" / "seeds"


def all_fixtures() -> list[Fixture]:
    apis = load_apis()
    return [load_fixture(path, apis[api]) for api in API_NAMES for path in fixture_paths(FIXTURES, api)]


@pytest.mark.parametrize("api", API_NAMES)
def test_every_operation_has_a_success_fixture(api: str) -> None:
    config = load_apis()[api]
    operations = set(checker_for(api).spec.operations)
    covered = {
        load_fixture(path, config).operation_id
        for path in fixture_paths(FIXTURES, api)
        if load_fixture(path, config).is_success
    }
    missing = sorted(operations - covered)
    assert not missing, f"{api}: operations without a success fixture in {FIXTURES / api}: {missing}"
    assert len(operations) > 0


@pytest.mark.parametrize("api", API_NAMES)
def test_fixtures_are_well_formed_and_match_their_operation(api: str) -> None:
    config = load_apis()[api]
    paths = fixture_paths(FIXTURES, api)
    assert paths, f"no fixtures for {api}"
    for path in paths:
        fixture = load_fixture(path, config)  # raises FixtureError naming the file and problem
        operation = match_operation(checker_for(api).spec, fixture)
        assert set(fixture.request["pathParams"]) == {p.name for p in operation.parameters if p.location == "path"}


@pytest.mark.parametrize("api,status,body", [("onet", 422, "error"), ("careeronestop", 404, "Message")])
def test_error_exchanges_are_recorded(api: str, status: int, body: str) -> None:
    errors = [f for f in all_fixtures() if f.api == api and f.status == status]
    assert errors, f"{api}: no fixture with HTTP {status}"
    assert all(isinstance(f.body, dict) and body in f.body for f in errors)
    if api == "careeronestop":
        assert any(f.body == {"Message": "No data available"} for f in errors)


def test_provenance_names_its_source() -> None:
    seen: set[str] = set()
    for fixture in all_fixtures():
        provenance = fixture.provenance
        seen.add(provenance["source"])
        if provenance["source"] == "synthesized-from-reference":
            spec_file, _, pointer = provenance["reference"].partition("#")
            assert (ROOT / spec_file).resolve() == load_apis()[fixture.api].spec_path.resolve(), fixture.name
            resolve_pointer(checker_for(fixture.api).spec.document, f"#{pointer}")  # RefError when it dangles
    assert {"documentation-example", "synthesized-from-reference"} <= seen


def _scalars(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _scalars(value)]
    if isinstance(node, list):
        return [s for value in node for s in _scalars(value)]
    return [node]


def test_documentation_examples_are_transcribed_from_their_seed_pages() -> None:
    """Every value of a documentation example appears, as JSON text, on the seed page it cites."""
    examples = [f for f in all_fixtures() if f.provenance["source"] == "documentation-example"]
    assert examples
    if not SEEDS.is_dir():
        pytest.skip(f"seed pages not found at {SEEDS} (they sit beside the repository in shared/seeds)")
    for fixture in examples:
        page = SEEDS / fixture.provenance["seed"]
        assert page.is_file(), f"{fixture.name}: seed {page.name} not found"
        text = page.read_text(encoding="utf-8")
        missing = [v for v in _scalars(fixture.body) if json.dumps(v, ensure_ascii=False) not in text]
        assert not missing, f"{fixture.name}: not on {page.name}: {missing[:5]}"


def test_no_secret_ever_appears_in_a_fixture() -> None:
    for fixture in all_fixtures():
        for name, value in fixture.request["headers"].items():
            if name.lower() in ("x-api-key", "authorization"):
                assert value == REDACTED, fixture.name
        if fixture.api == "careeronestop":
            assert fixture.request["pathParams"]["userId"] == USER_ID_PLACEHOLDER, fixture.name
        text = Path(fixture.path).read_text(encoding="utf-8")
        assert "Bearer " not in text and "test-key" not in text and "testuser123" not in text, fixture.name
        json.loads(text)
