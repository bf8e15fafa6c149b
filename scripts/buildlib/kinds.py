"""One vocabulary of finding kinds and rules, shared by the spec diff and the drift monitor.

A kind says what changed (`field-added`); a rule is a kind in a scope (`response-field-added`) with a
severity like oasdiff's: ERR breaks a client built from the old spec (or is drift), WARN may, INFO does not.
The rules are data (rules.toml beside this module); the rules table of docs/guide/drift-ci.md is rendered from them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

RULES_FILE = Path(__file__).with_name("rules.toml")


class Kind(StrEnum):
    """What changed, in the words every report uses."""

    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    PATH_CHANGED = "path-changed"
    OPERATION_ID_CHANGED = "operation-id-changed"
    TAG_CHANGED = "tag-changed"
    PARAMETER_ADDED = "parameter-added"
    REQUIRED_PARAMETER_ADDED = "required-parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_NOW_REQUIRED = "parameter-now-required"
    PARAMETER_NOW_OPTIONAL = "parameter-now-optional"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUIRED_REQUEST_BODY_ADDED = "required-request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    REQUEST_BODY_NOW_REQUIRED = "request-body-now-required"
    RESPONSE_ADDED = "response-added"
    RESPONSE_REMOVED = "response-removed"
    RESPONSE_BODY_ADDED = "response-body-added"
    RESPONSE_BODY_REMOVED = "response-body-removed"
    FIELD_ADDED = "field-added"
    REQUIRED_FIELD_ADDED = "required-field-added"
    FIELD_REMOVED = "field-removed"
    FIELD_NOW_REQUIRED = "field-now-required"
    FIELD_NOW_OPTIONAL = "field-now-optional"
    TYPE_CHANGED = "type-changed"
    TYPE_WIDENED = "type-widened"
    TYPE_NARROWED = "type-narrowed"
    BECAME_NULLABLE = "became-nullable"
    NO_LONGER_NULLABLE = "no-longer-nullable"
    ENUM_WIDENED = "enum-widened"
    ENUM_NARROWED = "enum-narrowed"
    FORMAT_CHANGED = "format-changed"
    VARIANT_ADDED = "variant-added"
    VARIANT_REMOVED = "variant-removed"
    ANY_OF_NOW_ONE_OF = "any-of-now-one-of"
    ONE_OF_NOW_ANY_OF = "one-of-now-any-of"
    CONSTRAINT_TIGHTENED = "constraint-tightened"
    CONSTRAINT_LOOSENED = "constraint-loosened"
    CONSTRAINT_VIOLATED = "constraint-violated"
    FORMAT_VIOLATED = "format-violated"
    MEDIA_TYPE_CHANGED = "media-type-changed"
    MEDIA_TYPE_ADDED = "media-type-added"
    SECURITY_CHANGED = "security-changed"
    SECURITY_SCHEME_CHANGED = "security-scheme-changed"
    STATUS_UNDECLARED = "status-undeclared"
    STATUS_CHANGED = "status-changed"
    UNPARSEABLE_BODY = "unparseable-body"


class Severity(StrEnum):
    """oasdiff's levels: ERR breaks clients (or is drift), WARN may, INFO does not."""

    ERR = "ERR"
    WARN = "WARN"
    INFO = "INFO"


SCOPES = ("operation", "request", "response", "security", "body", "exchange")


@dataclass(frozen=True)
class Rule:
    """One kind in one scope, with its severity and a one-line reason."""

    id: str
    scope: str
    kind: Kind
    severity: Severity
    summary: str


@cache
def rules() -> dict[str, Rule]:
    """Every rule by id, in the order of rules.toml; ValueError when the file names an unknown kind or scope."""
    table = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    out: dict[str, Rule] = {}
    for rule_id, entry in table.items():
        scope = next((s for s in SCOPES if rule_id.startswith(s + "-")), None)
        if scope is None:
            raise ValueError(f"{RULES_FILE.name}: rule {rule_id} has no known scope prefix")
        kind = Kind(rule_id.removeprefix(scope + "-"))
        out[rule_id] = Rule(rule_id, scope, kind, Severity(entry["severity"]), str(entry["summary"]))
    return out


def rule(scope: str, kind: Kind) -> Rule:
    """The rule for `kind` in `scope`; KeyError names the missing row of rules.toml."""
    rule_id = f"{scope}-{kind.value}"
    try:
        return rules()[rule_id]
    except KeyError:
        raise KeyError(f"{RULES_FILE.name} has no rule {rule_id}") from None


def rules_table() -> str:
    """The rules as the markdown table of docs/guide/drift-ci.md."""
    lines = ["| rule id | severity | tool | meaning |", "| --- | --- | --- | --- |"]
    for r in rules().values():
        tool = "drift check/live" if r.scope in ("body", "exchange") else "spec diff"
        lines.append(f"| `{r.id}` | {r.severity.value} | {tool} | {r.summary} |")
    return "\n".join(lines)
