"""One findings vocabulary: every kind has its rules, both tools use the Enum, the drift guide lists every rule."""

from __future__ import annotations

import ast
from pathlib import Path

from buildlib.kinds import SCOPES, Kind, Severity, rule, rules, rules_table
from driftlib.findings import Finding, scope_of

from .conftest import ROOT

SCRIPTS = ROOT / "scripts"


def test_every_kind_has_a_rule_and_every_rule_a_known_kind_scope_and_severity() -> None:
    table = rules()
    assert {r.kind for r in table.values()} == set(Kind)
    for rule_id, entry in table.items():
        assert rule_id == f"{entry.scope}-{entry.kind.value}" and entry.scope in SCOPES
        assert isinstance(entry.severity, Severity) and entry.summary


def test_drift_kinds_resolve_to_rules() -> None:
    for kind in (Kind.FIELD_ADDED, Kind.FIELD_REMOVED, Kind.TYPE_CHANGED, Kind.MEDIA_TYPE_CHANGED, Kind.STATUS_CHANGED):
        finding = Finding("onet", "op", "f.json", "$", kind, "x", "y")
        assert finding.rule == rule(scope_of(kind), kind).id and finding.is_drift


def test_the_drift_guide_lists_every_rule_as_rules_toml_says() -> None:
    guide = (ROOT / "docs" / "guide" / "drift-ci.md").read_text(encoding="utf-8")
    assert rules_table() in guide


def _string_constants(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_no_tool_spells_a_kind_as_a_bare_string() -> None:
    """Kinds come from the Enum; the old second vocabulary is gone from the drift tool and the spec diff."""
    files = [SCRIPTS / "buildlib" / "specdiff.py", *sorted((SCRIPTS / "driftlib").glob("*.py"))]
    old_words = {"added-field", "missing-required", "nullability"}
    kinds = {k.value for k in Kind}
    for path in files:
        strings = _string_constants(path)
        assert not strings & old_words, path
        assert not strings & kinds, f"{path} spells a kind as a string instead of using buildlib.kinds.Kind"
