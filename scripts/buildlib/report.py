"""One report module for the spec diff and the drift monitor (check and live): text, JSON and markdown.

Both tools turn their findings into `Entry` rows, the one finding shape: kind, rule, severity, operation,
JSON path, expected (drift) or before (spec diff), seen or after, spec location and, for a change to a shared
component, the operations it reaches. Text is one line per finding under a headline; JSON is the same rows
with counts by severity; markdown opens with a table of counts by kind, then groups rows by API and operation.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .kinds import Kind, Severity

_ORDER = {Severity.ERR: 0, Severity.WARN: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Entry:
    """One finding in the shape every report shares."""

    api: str
    operation: str
    source: str  # the fixture (drift) or "" (spec diff)
    where: str  # JSON path, possibly prefixed by "response 200" or "parameter q (query)"
    kind: Kind
    rule: str
    severity: Severity
    expected: Any  # expected (drift) or before (spec diff); None when there was nothing
    seen: Any  # seen (drift) or after (spec diff); None when there is nothing
    location: str = ""  # JSON pointer of the spec node concerned
    affects: tuple[str, ...] = ()  # operations a change to a shared component reaches
    labels: tuple[str, str] = ("expected", "seen")  # how text names the two sides ("was", "now" for the spec diff)

    @property
    def breaking(self) -> bool:
        """ERR: breaks a client built from the old definition, or is drift."""
        return self.severity is Severity.ERR

    def line(self) -> str:
        """The finding on one line, as text reports and JUnit failures print it."""
        source = f" [{self.source}]" if self.source else ""
        where = f" {self.where}" if self.where else ""
        values = zip(self.labels, (self.expected, self.seen), strict=True)
        sides = [f"{label} {shown(value)}" for label, value in values if value is not None]
        text = f"{self.api} {self.operation}{source}{where}: {self.kind} [{self.rule}]"
        text += "; " + ", ".join(sides) if sides else ""
        text += f" ({self.location})" if self.location else ""
        if self.affects:
            text += f"; reaches {len(self.affects)} operation(s): {', '.join(self.affects)}"
        return text

    def as_dict(self) -> dict[str, Any]:
        """The finding as a JSON object (expected/seen keep their JSON values)."""
        return {
            "api": self.api,
            "operation": self.operation,
            "fixture": self.source,
            "path": self.where,
            "kind": self.kind.value,
            "rule": self.rule,
            "severity": self.severity.value,
            "breaking": self.breaking,
            "expected": self.expected,
            "seen": self.seen,
            "location": self.location,
            "operations": list(self.affects),
        }


def shown(value: Any) -> str:
    """A before/after value as report text: strings as they are, other values as JSON, None as ""."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def md_cell(text: str) -> str:
    """Text safe inside a markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{md_cell(text)}`" if text else ""


def severity_counts(entries: Iterable[Entry]) -> dict[str, int]:
    """How many entries have each severity, every severity listed."""
    counts = Counter(e.severity for e in entries)
    return {s.value: counts[s] for s in Severity}


def summary_table(entries: Sequence[Entry]) -> list[str]:
    """Counts by kind (with rule ids and severities), most severe first."""
    counts = Counter((e.kind, e.rule, e.severity) for e in entries)
    lines = ["| kind | rule | severity | count |", "| --- | --- | --- | ---: |"]
    for (kind, rule_id, severity), count in sorted(counts.items(), key=lambda i: (_ORDER[i[0][2]], i[0][1])):
        lines.append(f"| {kind.value} | `{rule_id}` | {severity.value} | {count} |")
    return lines


def grouped(entries: Iterable[Entry]) -> dict[str, dict[str, list[Entry]]]:
    """Entries by API, then operation, in first-seen order."""
    out: dict[str, dict[str, list[Entry]]] = {}
    for entry in entries:
        out.setdefault(entry.api, {}).setdefault(entry.operation, []).append(entry)
    return out


def render_text(headline: str, entries: Sequence[Entry], errors: Sequence[str] = ()) -> str:
    """The headline, then one line per error and per finding (severity first, so lines can be grepped)."""
    lines = [headline, *[f"error: {e}" for e in errors]]
    lines += [f"{e.severity.value.lower()}: {e.line()}" for e in entries]
    return "\n".join(lines) + "\n"


def render_json(
    headline: str, entries: Sequence[Entry], errors: Sequence[str] = (), extra: Mapping[str, Any] | None = None
) -> str:
    """The findings as one JSON document: summary, counts by severity, errors, findings, then `extra` keys."""
    data: dict[str, Any] = {
        "summary": headline,
        "breaking": any(e.breaking for e in entries),
        "counts": severity_counts(entries),
        "errors": list(errors),
        "findings": [e.as_dict() for e in entries],
        **(extra or {}),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_markdown(title: str, headline: str, entries: Sequence[Entry], errors: Sequence[str] = ()) -> str:
    """The whole markdown report: headline, errors, summary by kind, then findings by API and operation."""
    lines = [f"## {title}", "", headline, ""]
    if errors:
        lines += ["### Errors", "", *[f"- {md_cell(e)}" for e in errors], ""]
    if not entries:
        return "\n".join(lines) + "\n"
    lines += ["### Summary by kind", "", *summary_table(entries), ""]
    with_source = any(e.source for e in entries)
    header = ["severity", "rule", *(["fixture"] if with_source else []), "where", "expected", "seen", "spec location"]
    for api, operations in grouped(entries).items():
        lines += [f"### {md_cell(api)}", ""]
        for operation, rows in operations.items():
            lines += [f"#### {md_cell(operation)}", ""]
            affects = sorted({a for row in rows for a in row.affects})
            if affects:
                lines += [f"Affects {len(affects)} operation(s): " + ", ".join(_code(a) for a in affects), ""]
            lines += ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
            for row in rows:
                cells = [row.severity.value, f"`{row.rule}`", *([md_cell(row.source)] if with_source else [])]
                cells += [_code(row.where), md_cell(shown(row.expected)), md_cell(shown(row.seen)), _code(row.location)]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    return "\n".join(lines) + "\n"
