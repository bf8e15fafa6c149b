"""What backs each operation's confidence: live-evidence rows (openapi/evidence.yaml) and real-body fixtures.

The rule, enforced by tests/specs/test_confidence_evidence.py: an operation's response confidence is
`observed-in-real-response` exactly when a real body backs it, that is a live-evidence row lists the operation
under `backs` (and the operation cites the row), or a fixture recorded from the live API (`recorded-live`) or
published by a third party (`recorded-public`) holds a body of it. docs/evidence.md, written by the build and
checked by `build.py --check`, lists each operation's confidence, evidence rows and fixtures with provenance.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .assumed import operation_rating, response_rating, vocabulary
from .overlay import effective_spec
from .project import Api, Project
from .specs import Spec, deref, operations, parse_yaml

EVIDENCE_FILE = "evidence.yaml"
DOC = Path("docs") / "evidence.md"
OBSERVED = vocabulary().body_seen  # the confidence levels and their order live in confidence.toml (buildlib.assumed)
REAL_BODY_SOURCES = ("recorded-live", "recorded-public")
LEVELS = tuple(reversed(vocabulary().levels))  # strongest first, as docs/evidence.md lists them
_ONET_ROW = re.compile(r"^LIVE_(O\d+)\b")


@dataclass(frozen=True)
class Row:
    """One row of shared/reference/live-evidence.md and the operations whose real response it reports."""

    id: str
    strength: str
    fact: str
    backs: tuple[str, ...]  # "METHOD /path"
    why: str


@dataclass(frozen=True)
class FixtureRef:
    """A fixture of one operation and where its body came from."""

    name: str
    source: str
    origin: str  # one line of provenance for people

    @property
    def real(self) -> bool:
        return self.source in REAL_BODY_SOURCES


@dataclass(frozen=True)
class OperationEvidence:
    """One operation's confidence and everything that could back it."""

    api: str
    operation_id: str
    method: str
    path: str
    confidence: str  # the operation's x-<api>-confidence
    response_confidence: str  # what the rule is about: the response shape's confidence
    cited: tuple[str, ...]  # live-evidence row ids the operation cites
    rows: tuple[str, ...]  # cited rows that report a real response of this operation
    fixtures: tuple[FixtureRef, ...]

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def backed(self) -> bool:
        return bool(self.rows) or any(f.real for f in self.fixtures)


def load_rows(project: Project) -> dict[str, dict[str, Row]]:
    """openapi/evidence.yaml: the live-evidence rows of each API, by row id."""
    data = parse_yaml((project.openapi_dir / EVIDENCE_FILE).read_text(encoding="utf-8"))
    return {
        api: {
            row_id: Row(row_id, str(row["strength"]), str(row["fact"]), tuple(row["backs"]), str(row.get("why", "")))
            for row_id, row in rows.items()
        }
        for api, rows in data.items()
    }


def _origin(provenance: dict[str, Any]) -> str:
    source = provenance["source"]
    if source == "recorded-public":
        extract = provenance["extract"]
        line = f" line {extract['line']}" if "line" in extract else ""
        return (
            f"{provenance['repository']}@{provenance['commit'][:8]} `{provenance['path']}`{line} "
            f"`{extract['from']}`, captured {provenance['capturedAt']}"
        )
    if source == "recorded-live":
        return f"recorded {provenance['recordedAt']} by {provenance['tool']}"
    if source == "documentation-example":
        return f"reference manual page `{provenance['seed']}`"
    return f"built from `{provenance.get('reference', 'the spec')}`"


def fixtures_by_operation(project: Project, api: str) -> dict[str, list[FixtureRef]]:
    """The contract fixtures of one API (contract_tests/fixtures/<api>/) by operationId, in file-name order."""
    found: dict[str, list[FixtureRef]] = {}
    for path in sorted((project.fixtures_dir / api).glob("*.json")):  # none when the folder is absent
        data = json.loads(path.read_text(encoding="utf-8"))
        provenance = data["provenance"]
        ref = FixtureRef(path.name, provenance["source"], _origin(provenance))
        found.setdefault(data["operationId"], []).append(ref)
    return found


def _walk(spec: Spec, node: Any, seen: set[str]) -> Iterator[dict[str, Any]]:
    """Every mapping in node, following $refs once each."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref not in seen:
                seen.add(ref)
                yield from _walk(spec, deref(spec, node), seen)
            return
        yield node
        for value in node.values():
            yield from _walk(spec, value, seen)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(spec, value, seen)


def cited_rows(api: str, spec: Spec, operation: dict[str, Any]) -> tuple[str, ...]:
    """The live-evidence rows an operation cites (O*NET: LIVE_On entries; CareerOneStop: ids anywhere in it)."""
    if api == "onet":
        found = [m.group(1) for e in operation.get("x-onet-evidence", []) if (m := _ONET_ROW.match(str(e)))]
    else:
        key = f"x-{api}-evidence"
        found = [str(e["id"]) for node in _walk(spec, operation, set()) for e in node.get(key, []) if "id" in e]
    return tuple(dict.fromkeys(found))


def collect(project: Project, apis: list[Api] | None = None) -> list[OperationEvidence]:
    """The evidence of every operation of every API (or of `apis`), in spec order."""
    rows = load_rows(project)
    out: list[OperationEvidence] = []
    for api in apis if apis is not None else list(project.apis().values()):
        spec = effective_spec(api)
        fixtures = fixtures_by_operation(project, api.name)
        for method, path, op in operations(spec):
            confidence = vocabulary().level(operation_rating(op))
            cited = cited_rows(api.name, spec, op)
            key = f"{method.upper()} {path}"
            backing = tuple(r for r in cited if r in rows.get(api.name, {}) and key in rows[api.name][r].backs)
            out.append(
                OperationEvidence(
                    api=api.name,
                    operation_id=str(op["operationId"]),
                    method=method,
                    path=path,
                    confidence=confidence,
                    response_confidence=vocabulary().level(response_rating(op)),  # as the `required` rule reads it
                    cited=cited,
                    rows=backing,
                    fixtures=tuple(fixtures.get(str(op["operationId"]), [])),
                )
            )
    return out


def mismatches(project: Project, evidence: list[OperationEvidence]) -> list[str]:
    """Every breach of the rule, both ways, and every row entry that names no operation citing it."""
    return confidence_mismatches(evidence) + row_mismatches(project, evidence)


def confidence_mismatches(evidence: list[OperationEvidence]) -> list[str]:
    """Operations backed by a real body but rated lower, and operations rated observed with no real body."""
    problems: list[str] = []
    for item in evidence:
        where = f"{item.api} {item.operation_id}"
        if item.backed and item.response_confidence != OBSERVED:
            problems.append(f"{where}: a real body backs it, but its confidence is {item.response_confidence}")
        if not item.backed and OBSERVED in (item.response_confidence, item.confidence):
            problems.append(f"{where}: {OBSERVED} but no recorded fixture or live-evidence row backs it")
    return problems


def row_mismatches(project: Project, evidence: list[OperationEvidence]) -> list[str]:
    """Row entries in openapi/evidence.yaml naming no operation, or one that does not cite the row."""
    problems: list[str] = []
    keys = {(item.api, item.key): item for item in evidence}
    for api, rows in load_rows(project).items():
        for row in rows.values():
            for key in row.backs:
                item = keys.get((api, key))
                if item is None:
                    problems.append(f"{api} {row.id}: backs {key}, which is no operation")
                elif row.id not in item.cited:
                    problems.append(f"{api} {row.id}: backs {item.operation_id}, which does not cite it")
    return problems


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(project: Project) -> str:
    """docs/evidence.md: per operation its confidence, evidence rows and fixtures with provenance."""
    evidence = collect(project)
    rows = load_rows(project)
    lines = [
        "# Evidence behind each operation",
        "",
        "Generated by `scripts/build.py` from the specs, `openapi/evidence.yaml` and `contract_tests/fixtures/`;",
        "do not edit. `build.py --check` (tox `regen-check`) fails when it is stale.",
        "",
        f"An operation's response confidence is `{OBSERVED}` exactly when a real body backs it: a live-evidence",
        "row (`shared/reference/live-evidence.md`) that reports its response and that it cites, or a fixture",
        "recorded from the live API (`recorded-live`) or published by a third party (`recorded-public`).",
        "For CareerOneStop the response confidence is `x-careeronestop-response-confidence` where the",
        "operation has one, else `x-careeronestop-confidence`. Rows in **bold** back the operation.",
        "",
        "## Counts",
        "",
        "| API | operations | " + " | ".join(LEVELS) + " | with a recorded-public fixture |",
        "| --- | --- | " + " | ".join("---" for _ in LEVELS) + " | --- |",
    ]
    for api in project.apis():
        mine = [e for e in evidence if e.api == api]
        counts = Counter(e.response_confidence for e in mine)
        public = sum(any(f.source == "recorded-public" for f in e.fixtures) for e in mine)
        cells = " | ".join(str(counts.get(level, 0)) for level in LEVELS)
        lines.append(f"| {api} | {len(mine)} | {cells} | {public} |")
    for api in project.apis():
        lines += [
            "",
            f"## {api}",
            "",
            "| operation | confidence | evidence rows | fixtures |",
            "| --- | --- | --- | --- |",
        ]
        for item in sorted((e for e in evidence if e.api == api), key=lambda e: e.operation_id):
            confidence = item.response_confidence
            if item.confidence != item.response_confidence:
                confidence = f"{item.response_confidence} (operation: {item.confidence})"
            cited = ", ".join(f"**{r}**" if r in item.rows else r for r in item.cited) or "none"
            fixtures = "<br>".join(f"`{f.name}`: {f.source}, {_cell(f.origin)}" for f in item.fixtures) or "none"
            lines.append(f"| `{item.operation_id}` `{item.key}` | {confidence} | {cited} | {fixtures} |")
        lines += [
            "",
            f"### {api}: live-evidence rows",
            "",
            "| row | strength | fact | backs |",
            "| --- | --- | --- | --- |",
        ]
        for row in rows.get(api, {}).values():
            backs = ", ".join(f"`{b}`" for b in row.backs) or f"nothing: {row.why}"
            lines.append(f"| {row.id} | {row.strength} | {_cell(row.fact)} | {_cell(backs)} |")
    return "\n".join(lines) + "\n"


def evidence_doc(project: Project) -> tuple[Path, str] | None:
    """Where docs/evidence.md goes and its text; None for a project without openapi/evidence.yaml."""
    if not (project.openapi_dir / EVIDENCE_FILE).is_file():
        return None
    return project.root / DOC, markdown(project)


def stale_reason(project: Project, text: str | None = None) -> str | None:
    """Why the committed docs/evidence.md differs from `text` (default: what the build writes now), or None."""
    if text is None:
        doc = evidence_doc(project)
        if doc is None:
            return None
        text = doc[1]
    path = project.root / DOC
    expected = text
    if path.is_file() and path.read_text(encoding="utf-8") == expected:
        return None
    return f"{DOC.as_posix()} is missing or out of date"
