"""Findings: one record per mismatch between a body and its schema, with a JSON path and a kind.

jsonschema reports violations by validator keyword; a monitor's reader wants to know what changed. The
classification below maps keywords to kinds:

    additionalProperties -> added-field       (one finding per unknown key, pointing at the key)
    required             -> missing-required  (one finding per absent key, pointing at the key)
    type                 -> type-changed, or nullability when the value seen is null
    enum / const         -> enum              (nullability when the value seen is null)
    anyOf / oneOf        -> the finding of the branch the value was evidently meant for
    anything else        -> constraint        (pattern, minimum, maxItems, ...)

Two kinds do not come from the validator: status-undeclared (the status has no response in the spec) and
unparseable-body (the body is not JSON although the spec declares a JSON schema).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from buildlib.specs import json_path
from jsonschema.exceptions import ValidationError

KINDS = (
    "added-field",
    "missing-required",
    "type-changed",
    "nullability",
    "enum",
    "constraint",
    "status-undeclared",
    "unparseable-body",
)

_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}


@dataclass(frozen=True)
class Finding:
    """One problem: which API, operation and fixture, where in the body, what kind, expected and seen."""

    api: str
    operation_id: str
    fixture: str
    path: str
    kind: str
    expected: str
    seen: str
    severity: str = "drift"  # drift (counts for the exit code) or warning (reported only)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def line(self) -> str:
        return (
            f"{self.api} {self.operation_id} [{self.fixture}] {self.path}: {self.kind}; "
            f"expected {self.expected}, seen {self.seen}"
        )


@dataclass(frozen=True)
class Problem:
    """A finding before it is attached to an API, operation and fixture."""

    path: str
    kind: str
    expected: str
    seen: str


def json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def preview(value: Any, limit: int = 60) -> str:
    """A short JSON rendering of a value for reports."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _types(value: Any) -> str:
    return " | ".join(value) if isinstance(value, list) else str(value)


def _schema_type(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "any"
    if "type" in schema:
        return _types(schema["type"])
    if "enum" in schema:
        return "one of " + preview(schema["enum"])
    if "const" in schema:
        return preview(schema["const"])
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return "schema"


def classify(error: ValidationError) -> list[Problem]:
    """The problems one validation error stands for."""
    path = list(error.absolute_path)
    instance = error.instance
    keyword = error.validator
    schema = error.schema if isinstance(error.schema, dict) else {}
    if keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        known = set(schema.get("properties", {}))
        patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
        extras = [k for k in instance if k not in known and not any(p.search(k) for p in patterns)]
        expected = "no such field" + (f" (known: {', '.join(sorted(known))})" if known else "")
        return [Problem(json_path([*path, k]), "added-field", expected, preview(instance[k])) for k in extras]
    if keyword == "required" and isinstance(instance, dict) and isinstance(error.validator_value, list):
        missing = [k for k in error.validator_value if k not in instance]
        return [Problem(json_path([*path, k]), "missing-required", "required field", "absent") for k in missing]
    if keyword == "type":
        expected = _types(error.validator_value)
        if instance is None:
            return [Problem(json_path(path), "nullability", f"{expected} (not nullable)", "null")]
        return [Problem(json_path(path), "type-changed", expected, f"{json_type(instance)} {preview(instance)}")]
    if keyword in ("enum", "const"):
        allowed = error.validator_value if keyword == "enum" else [error.validator_value]
        if instance is None:
            return [Problem(json_path(path), "nullability", f"one of {preview(allowed)} (not nullable)", "null")]
        return [Problem(json_path(path), "enum", f"one of {preview(allowed, 120)}", preview(instance))]
    if keyword in ("anyOf", "oneOf") and error.context:
        return _classify_branches(error)
    return [Problem(json_path(path), "constraint", f"{keyword}: {preview(error.validator_value)}", preview(instance))]


def _classify_branches(error: ValidationError) -> list[Problem]:
    """For anyOf/oneOf: report the branch the value was meant for, i.e. one that did not reject its type."""
    branches: dict[int, list[ValidationError]] = {}
    for sub in error.context or []:
        index = sub.relative_schema_path[0] if sub.relative_schema_path else 0
        branches.setdefault(int(index), []).append(sub)
    schemas: Sequence[Any] = error.validator_value if isinstance(error.validator_value, list) else []

    def rejects_type(errors: list[ValidationError]) -> bool:
        return any(not e.relative_path and e.validator == "type" for e in errors)

    candidates = [errs for errs in branches.values() if not rejects_type(errs)]
    if candidates:
        best = min(candidates, key=len)
        return [problem for sub in best for problem in classify(sub)]
    names: list[str] = []
    for index in sorted(branches):
        root = next((e for e in branches[index] if not e.relative_path and e.validator == "type"), None)
        names.append(
            _types(root.validator_value) if root else _schema_type(schemas[index] if index < len(schemas) else {})
        )
    expected = " | ".join(dict.fromkeys(names)) or "another type"
    path = json_path(list(error.absolute_path))
    if error.instance is None:
        return [Problem(path, "nullability", f"{expected} (not nullable)", "null")]
    return [Problem(path, "type-changed", expected, f"{json_type(error.instance)} {preview(error.instance)}")]


def problems_from_errors(errors: Iterable[ValidationError]) -> list[Problem]:
    """Problems for a batch of errors, without duplicates, in a stable order."""
    seen: dict[tuple[str, str], Problem] = {}
    for error in errors:
        for problem in classify(error):
            seen.setdefault((problem.path, problem.kind), problem)
    return list(seen.values())
