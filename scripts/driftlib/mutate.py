"""Mutation run: break every fixture in each way an API might drift and measure what `drift check` notices.

    python scripts/drift.py mutate [--api onet|careeronestop] [--fixtures DIR] [--sites N] [--format markdown|json]

Each mutation kind targets up to N sites per fixture (objects and values at depths 0 to 3). Whether a mutant
*should* be drift is decided by an oracle that reads the spec through the spec library's effective-schema fold
(buildlib.specs), independently of the jsonschema validation the checker uses: a field added to a closed object,
a required field dropped, a value of a type the schema does not allow, null where null is not allowed, a value
outside an enum or a bound, an undeclared media type or status. Recall per finding kind is detected / expected,
where detected means the checker reported that kind at exactly the mutated JSON path. "Unexpected" counts
findings of the kind at the mutated path although the oracle saw no drift (false alarms).
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._speclib import Kind, effective_schema, json_path, required_fields
from .apis import ApiConfig
from .check import match_operation
from .findings import json_type
from .fixtures import Fixture, FixtureError, fixture_paths, load_fixture
from .spec import Operation, resolve_pointer
from .validate import ApiChecker, checker_for_spec

PROBE_FIELD = "zz_drift_probe"
PROBE_ENUM = "zz-not-a-declared-value"
MAX_DEPTH = 3
Site = tuple[tuple[Any, ...], Any]  # instance path, value there
Schema = dict[str, Any]


@dataclass(frozen=True)
class Mutant:
    """One broken copy of a fixture: what was done, where, what the checker should say."""

    mutation: str
    kind: Kind
    path: tuple[Any, ...]
    expected: bool  # the oracle's verdict: this is drift the checker must report
    status: int
    content_type: str
    body: Any


@dataclass
class Tally:
    """Counts for one mutation kind."""

    kind: Kind
    mutants: int = 0
    expected: int = 0
    detected: int = 0
    unexpected: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.detected / self.expected if self.expected else 1.0


# --- the oracle: the spec read through the spec library ----------------------------------------------


class Oracle:
    """Answers "which schema governs this value" and "is this value allowed" from the folded spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def fold(self, schema: Any) -> Schema:
        return effective_schema(self.document, schema)

    def governing(self, root: Any, body: Any, path: tuple[Any, ...]) -> Schema | None:
        """The folded schema that governs the value at `path` in `body` (None: nothing is declared)."""
        schema = self.fold(root)
        value = body
        for step in path:
            schema = self.variant(schema, value)
            child = self._child(schema, step)
            if child is None:
                return None
            schema, value = self.fold(child), value[step]
        return self.variant(schema, value)

    @staticmethod
    def _child(schema: Schema, step: Any) -> Any:
        if isinstance(step, int):
            return schema.get("items")
        properties = schema.get("properties") or {}
        if step in properties:
            return properties[step]
        extra = schema.get("additionalProperties")
        return extra if isinstance(extra, dict) else None

    def variant(self, schema: Schema, value: Any) -> Schema:
        """For a union, the variant whose type fits `value` (the first one when several do)."""
        for key in ("anyOf", "oneOf"):
            for branch in schema.get(key) or []:
                folded = self.fold(branch)
                if allows_type(folded, value):
                    return folded
        return schema

    @staticmethod
    def closed(schema: Schema) -> bool:
        """Whether the strict copy rejects unknown keys here (declared maps and placeholder objects stay open)."""
        declares_members = any(k in schema for k in ("properties", "patternProperties", "required"))
        return declares_members and "additionalProperties" not in schema and "unevaluatedProperties" not in schema


def allows_type(schema: Schema, value: Any) -> bool:
    """Whether a folded schema's `type` admits the value's JSON type (no `type`: anything)."""
    types = schema.get("type")
    if not types:
        return True
    seen = json_type(value)
    return seen in types or (seen == "integer" and "number" in types)


def violates_bounds(schema: Schema, value: Any) -> bool:
    """Whether a value breaks a pattern or numeric bound of its folded schema."""
    if isinstance(value, str) and "pattern" in schema:
        return re.search(schema["pattern"], value) is None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return True
        if "maximum" in schema and value > schema["maximum"]:
            return True
    return False


# --- sites and mutations -------------------------------------------------------------------------------


def sites(body: Any, path: tuple[Any, ...] = ()) -> Iterator[Site]:
    """Every value down to MAX_DEPTH, following only the first element of each array."""
    yield path, body
    if len(path) >= MAX_DEPTH:
        return
    if isinstance(body, dict):
        for key, value in body.items():
            yield from sites(value, (*path, key))
    elif isinstance(body, list) and body:
        yield from sites(body[0], (*path, 0))


def _set(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    out = copy.deepcopy(body)
    if not path:
        return value
    node = out
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return out


def _drop(body: Any, path: tuple[Any, ...]) -> Any:
    out = copy.deepcopy(body)
    node = out
    for step in path[:-1]:
        node = node[step]
    del node[path[-1]]
    return out


def _retyped(value: Any) -> Any:
    if isinstance(value, bool):
        return "true"
    if isinstance(value, str):
        return 12345
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return {}
    return None


def _out_of_bounds(schema: Schema, value: Any) -> Any:
    if isinstance(value, str) and "pattern" in schema:
        return "~!@ not matching ~!@"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema:
            return schema["minimum"] - 1
        if "maximum" in schema:
            return schema["maximum"] + 1
    return None


class Mutator:
    """The mutants of one fixture, each with the oracle's verdict."""

    def __init__(self, oracle: Oracle, checker: ApiChecker, operation: Operation, fixture: Fixture) -> None:
        self.oracle = oracle
        self.fixture = fixture
        declared = checker.spec.declared_response(operation, fixture.status)
        self.declared = declared
        self.root = resolve_pointer(checker.spec.document, declared.pointer) if declared and declared.pointer else None
        self.statuses = operation.statuses

    def mutant(self, mutation: str, kind: Kind, path: tuple[Any, ...], expected: bool, body: Any) -> Mutant:
        return Mutant(mutation, kind, path, expected, self.fixture.status, self.fixture.content_type, body)

    def schema_at(self, body: Any, path: tuple[Any, ...]) -> Schema | None:
        return None if self.root is None else self.oracle.governing(self.root, body, path)

    def all(self, per_kind: int) -> list[Mutant]:
        body = self.fixture.body
        found: list[Mutant] = [*self.exchange_mutants()]
        if self.root is None or body is None:
            return found
        by_kind: Counter[str] = Counter()
        for path, value in sites(body):
            for mutant in self.at(body, path, value):
                if by_kind[mutant.mutation] < per_kind:
                    by_kind[mutant.mutation] += 1
                    found.append(mutant)
        return found

    def exchange_mutants(self) -> Iterator[Mutant]:
        body, fixture = self.fixture.body, self.fixture
        if self.declared is not None and self.declared.media_types and body is not None:
            yield Mutant("content-type", Kind.MEDIA_TYPE_CHANGED, (), True, fixture.status, "text/html", body)
        covered = any(key in self.statuses for key in ("418", "4XX", "4xx", "default"))
        yield Mutant("status", Kind.STATUS_UNDECLARED, (), not covered, 418, fixture.content_type, body)

    def at(self, body: Any, path: tuple[Any, ...], value: Any) -> Iterator[Mutant]:
        schema = self.schema_at(body, path)
        if schema is None:
            return
        if isinstance(value, dict):
            yield from self.object_mutants(body, path, value, schema)
        if path:
            yield from self.value_mutants(body, path, value, schema)

    def object_mutants(
        self, body: Any, path: tuple[Any, ...], value: dict[str, Any], schema: Schema
    ) -> Iterator[Mutant]:
        added = _set(body, (*path, PROBE_FIELD), 1)
        yield self.mutant("add-field", Kind.FIELD_ADDED, (*path, PROBE_FIELD), self.oracle.closed(schema), added)
        for key in value:
            required = key in required_fields(schema)
            yield self.mutant("drop-field", Kind.FIELD_REMOVED, (*path, key), required, _drop(body, (*path, key)))

    def value_mutants(self, body: Any, path: tuple[Any, ...], value: Any, schema: Schema) -> Iterator[Mutant]:
        retyped = _retyped(value)
        if retyped is not None:
            yield self.mutant(
                "retype", Kind.TYPE_CHANGED, path, not allows_type(schema, retyped), _set(body, path, retyped)
            )
        if value is not None:
            yield self.mutant("null", Kind.BECAME_NULLABLE, path, not allows_type(schema, None), _set(body, path, None))
        if isinstance(value, str) and "enum" in schema:
            expected = PROBE_ENUM not in schema["enum"]
            yield self.mutant("enum-value", Kind.ENUM_WIDENED, path, expected, _set(body, path, PROBE_ENUM))
        broken = _out_of_bounds(schema, value)
        if broken is not None and allows_type(schema, broken):
            expected = violates_bounds(schema, broken)
            yield self.mutant("constraint", Kind.CONSTRAINT_VIOLATED, path, expected, _set(body, path, broken))


# --- the run ---------------------------------------------------------------------------------------------


def detected(checker: ApiChecker, operation: Operation, mutant: Mutant) -> bool:
    """Whether the checker reports the mutant's kind at its JSON path."""
    problems = checker.check(operation, mutant.status, mutant.body, content_type=mutant.content_type)
    where = json_path(list(mutant.path))
    return any(p.kind is mutant.kind and p.path == where for p in problems)


def run(apis: list[ApiConfig], fixtures_root: Path, per_kind: int = 3) -> dict[str, Tally]:
    """Mutate every fixture of the APIs; a tally per mutation kind."""
    tallies: dict[str, Tally] = {}
    for api in apis:
        checker = checker_for_spec(api.spec_path, api.name)
        oracle = Oracle(checker.spec.document)
        for fixture_path in fixture_paths(fixtures_root, api.name):
            try:
                fixture = load_fixture(fixture_path, api)
                operation = match_operation(checker.spec, fixture)
            except FixtureError:
                continue
            for mutant in Mutator(oracle, checker, operation, fixture).all(per_kind):
                tally = tallies.setdefault(mutant.mutation, Tally(mutant.kind))
                tally.mutants += 1
                hit = detected(checker, operation, mutant)
                if mutant.expected:
                    tally.expected += 1
                    tally.detected += hit
                    if not hit:
                        tally.missed.append(f"{api.name}/{fixture.name} {json_path(list(mutant.path))}")
                elif hit:
                    tally.unexpected += 1
    return tallies


def render(tallies: dict[str, Tally], fmt: str = "markdown") -> str:
    """The recall table (markdown) or the tallies as JSON."""
    if fmt == "json":
        data = {
            name: {
                "kind": t.kind.value,
                "mutants": t.mutants,
                "expected": t.expected,
                "detected": t.detected,
                "recall": round(t.recall, 4),
                "unexpected": t.unexpected,
                "missed": t.missed[:20],
            }
            for name, t in sorted(tallies.items())
        }
        return json.dumps(data, indent=2) + "\n"
    lines = [
        "| mutation | finding kind | mutants | drift per oracle | detected | recall | unexpected |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, t in sorted(tallies.items()):
        lines.append(
            f"| {name} | {t.kind.value} | {t.mutants} | {t.expected} | {t.detected} | {t.recall:.1%} | {t.unexpected} |"
        )
    total_expected = sum(t.expected for t in tallies.values())
    total_detected = sum(t.detected for t in tallies.values())
    total = sum(t.mutants for t in tallies.values())
    recall = total_detected / total_expected if total_expected else 1.0
    lines.append(
        f"| **all** | | {total} | {total_expected} | {total_detected} | {recall:.1%} | "
        f"{sum(t.unexpected for t in tallies.values())} |"
    )
    return "\n".join(lines) + "\n"
