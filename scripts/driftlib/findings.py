"""Findings: one record per mismatch between a response and its spec, with a JSON path, kind, rule and location.

jsonschema reports violations by validator keyword; a monitor's reader wants to know what changed, in the
words the spec diff uses too (buildlib.kinds). The classification:

    additionalProperties -> field-added          (one finding per unknown key, pointing at the key)
    required             -> field-removed        (one finding per absent key, pointing at the key)
    type                 -> type-changed, or became-nullable when the value seen is null
    enum / const         -> enum-widened         (became-nullable when the value seen is null)
    format               -> format-violated      (uri, date-time, ...: driftlib.strict asserts them)
    anyOf / oneOf        -> the finding of the branch the value was evidently meant for
    anything else        -> constraint-violated  (pattern, minimum, maxItems, ...)

Kinds that do not come from the validator: status-undeclared, status-changed, unparseable-body and
media-type-changed. Values seen are redacted before they are shortened, so no part of a secret survives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError

from ._speclib import ASSUMED, Kind, Severity, json_path, ref_of, rule

# What a finding expects for a missing field the spec only assumes (x-assumed-required; optional in the models).
ASSUMED_NOTE = "assumed field (x-assumed-required: no real body or documentation shows it)"

Redact = Callable[[str], str]

_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
_EXCHANGE_KINDS = frozenset(
    {Kind.STATUS_UNDECLARED, Kind.STATUS_CHANGED, Kind.UNPARSEABLE_BODY, Kind.MEDIA_TYPE_CHANGED}
)

__all__ = ["Finding", "Problem", "classify", "json_path", "preview", "problems_from_errors", "scope_of"]


def _same(text: str) -> str:
    return text


def scope_of(kind: Kind) -> str:
    """The rule scope of a drift kind: exchange (status, media type, decoding) or body."""
    return "exchange" if kind in _EXCHANGE_KINDS else "body"


@dataclass(frozen=True)
class Problem:
    """A finding before it is attached to an API, operation and fixture."""

    path: str
    kind: Kind
    expected: str
    seen: str
    location: str = ""  # JSON pointer of the spec schema (or response) the value broke


@dataclass(frozen=True)
class Finding:
    """One problem: which API, operation and fixture, where in the body, what kind, expected and seen."""

    api: str
    operation_id: str
    fixture: str
    path: str
    kind: Kind
    expected: str
    seen: str
    location: str = ""
    severity: Severity | None = None  # None: the rule's own severity

    @property
    def rule(self) -> str:
        return rule(scope_of(self.kind), self.kind).id

    @property
    def level(self) -> Severity:
        """The effective severity: ERR counts as drift, WARN and INFO are reported only."""
        return self.severity or rule(scope_of(self.kind), self.kind).severity

    @property
    def is_drift(self) -> bool:
        return self.level is Severity.ERR

    @classmethod
    def of(cls, api: str, operation_id: str, fixture: str, problem: Problem) -> Finding:
        return cls(
            api, operation_id, fixture, problem.path, problem.kind, problem.expected, problem.seen, problem.location
        )


def json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def redact_json(value: Any, redact: Redact) -> Any:
    """A copy of a decoded JSON value with `redact` applied to every string, keys included."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_json(v, redact) for v in value]
    if isinstance(value, dict):
        return {redact(str(k)): redact_json(v, redact) for k, v in value.items()}
    return value


def preview(value: Any, limit: int = 60, redact: Redact = _same) -> str:
    """A short JSON rendering of a value for reports: redacted first, then shortened."""
    text = redact(json.dumps(redact_json(value, redact), ensure_ascii=False, sort_keys=True))
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
    ref = ref_of(schema)
    if ref is not None:
        return ref.rsplit("/", 1)[-1]
    return "schema"


@dataclass(frozen=True)
class _Classifier:
    """Turns validation errors into problems; `locate` maps an error to the spec schema it broke."""

    redact: Redact
    locate: Callable[[ValidationError], str]

    def show(self, value: Any, limit: int = 60) -> str:
        return preview(value, limit, self.redact)

    def classify(self, error: ValidationError) -> list[Problem]:
        """The problems one validation error stands for."""
        path = list(error.absolute_path)
        instance = error.instance
        keyword = error.validator
        schema = error.schema if isinstance(error.schema, dict) else {}
        where = self.locate(error)
        if keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
            known = set(schema.get("properties", {}))
            patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
            extras = [k for k in instance if k not in known and not any(p.search(k) for p in patterns)]
            expected = "no such field" + (f" (known: {', '.join(sorted(known))})" if known else "")
            return [
                Problem(self.redact(json_path([*path, k])), Kind.FIELD_ADDED, expected, self.show(instance[k]), where)
                for k in extras
            ]
        if keyword == "required" and isinstance(instance, dict) and isinstance(error.validator_value, list):
            missing = [k for k in error.validator_value if k not in instance]
            assumed = set(schema.get(ASSUMED) or [])
            return [
                Problem(
                    json_path([*path, k]),
                    Kind.FIELD_REMOVED,
                    ASSUMED_NOTE if k in assumed else "required field",
                    "absent",
                    where,
                )
                for k in missing
            ]
        jpath = self.redact(json_path(path))
        if keyword == "type":
            expected = _types(error.validator_value)
            if instance is None:
                return [Problem(jpath, Kind.BECAME_NULLABLE, f"{expected} (not nullable)", "null", where)]
            seen = f"{json_type(instance)} {self.show(instance)}"
            return [Problem(jpath, Kind.TYPE_CHANGED, expected, seen, where)]
        if keyword in ("enum", "const"):
            allowed = error.validator_value if keyword == "enum" else [error.validator_value]
            if instance is None:
                expected = f"one of {preview(allowed)} (not nullable)"
                return [Problem(jpath, Kind.BECAME_NULLABLE, expected, "null", where)]
            return [Problem(jpath, Kind.ENUM_WIDENED, f"one of {preview(allowed, 120)}", self.show(instance), where)]
        if keyword == "format":
            expected = f"format {error.validator_value}"
            return [Problem(jpath, Kind.FORMAT_VIOLATED, expected, self.show(instance), where)]
        if keyword in ("anyOf", "oneOf") and error.context:
            return self._branches(error)
        expected = f"{keyword}: {preview(error.validator_value)}"
        return [Problem(jpath, Kind.CONSTRAINT_VIOLATED, expected, self.show(instance), where)]

    def _branches(self, error: ValidationError) -> list[Problem]:
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
            return [problem for sub in best for problem in self.classify(sub)]
        names: list[str] = []
        for index in sorted(branches):
            root = next((e for e in branches[index] if not e.relative_path and e.validator == "type"), None)
            names.append(
                _types(root.validator_value) if root else _schema_type(schemas[index] if index < len(schemas) else {})
            )
        expected = " | ".join(dict.fromkeys(names)) or "another type"
        path = self.redact(json_path(list(error.absolute_path)))
        where = self.locate(error)
        if error.instance is None:
            return [Problem(path, Kind.BECAME_NULLABLE, f"{expected} (not nullable)", "null", where)]
        seen = f"{json_type(error.instance)} {self.show(error.instance)}"
        return [Problem(path, Kind.TYPE_CHANGED, expected, seen, where)]


def _nowhere(error: ValidationError) -> str:
    return ""


def classify(error: ValidationError, redact: Redact = _same) -> list[Problem]:
    """The problems one validation error stands for (without spec locations)."""
    return _Classifier(redact, _nowhere).classify(error)


def problems_from_errors(
    errors: Iterable[ValidationError],
    redact: Redact = _same,
    locate: Callable[[ValidationError], str] = _nowhere,
) -> list[Problem]:
    """Problems for a batch of errors, without duplicates, in a stable order."""
    classifier = _Classifier(redact, locate)
    seen: dict[tuple[str, str], Problem] = {}
    for error in errors:
        for problem in classifier.classify(error):
            seen.setdefault((problem.path, problem.kind), problem)
    return list(seen.values())
