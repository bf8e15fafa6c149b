"""Every fixture body conforms to its operation's response schema for its status, strictly.

Strictly means: against a copy of the spec where objects reject unknown properties (allOf flattened
first), so an added, renamed, retyped, wrongly nullable or out-of-enum value fails with its JSON path.
"""

from __future__ import annotations

import pytest
from contract_support import FIXTURES, checker_for
from driftlib.apis import API_NAMES, load_apis
from driftlib.check import match_operation
from driftlib.fixtures import fixture_paths, load_fixture

CASES = [(api, path) for api in API_NAMES for path in fixture_paths(FIXTURES, api)]


@pytest.mark.parametrize("api,path", CASES, ids=[f"{a}/{p.stem}" for a, p in CASES])
def test_fixture_body_matches_the_strict_spec(api: str, path: object) -> None:
    fixture = load_fixture(path, load_apis()[api])  # type: ignore[arg-type]
    checker = checker_for(api)
    operation = match_operation(checker.spec, fixture)
    problems = checker.check(operation, fixture.status, fixture.body)
    assert not problems, "\n".join(f"{p.path}: {p.kind}, expected {p.expected}, seen {p.seen}" for p in problems)
    declared = checker.spec.declared_response(operation, fixture.status)
    assert declared is not None and declared.schema is not None, f"{fixture.name}: no schema for {fixture.status}"
