"""One markdown renderer for findings of the spec diff and of the drift monitor (check and live).

Both tools turn their findings into `Entry` rows; the report opens with a table of counts by kind, then
lists the rows grouped by API and operation, each with its rule id, severity and spec location.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
    expected: str  # expected (drift) or before (spec diff)
    seen: str  # seen (drift) or after (spec diff)
    location: str = ""  # JSON pointer of the spec node concerned
    affects: tuple[str, ...] = ()  # operations a change to a shared component reaches


def md_cell(text: str) -> str:
    """Text safe inside a markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{md_cell(text)}`" if text else ""


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
                cells += [_code(row.where), md_cell(row.expected), md_cell(row.seen), _code(row.location)]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    return "\n".join(lines) + "\n"
