"""Run results and their renderings: text for people, json for tools, markdown for issues, junit for CI."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from . import EXIT_DRIFT, EXIT_OK, EXIT_USAGE, TOOL_VERSION
from ._speclib import shared_report as shared
from .findings import Finding


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ExchangeResult:
    """The outcome for one fixture (check) or one replayed request (live)."""

    api: str
    operation_id: str
    fixture: str
    status: int | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # the exchange could not be checked (network failure, unreadable fixture, ...)
    seconds: float = 0.0  # time spent checking it (requests and waits included for live)

    @property
    def drift(self) -> list[Finding]:
        return [f for f in self.findings if f.is_drift]

    @property
    def notes(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_drift]


@dataclass
class Report:
    """Everything one command found."""

    command: str
    apis: list[str]
    results: list[ExchangeResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # problems outside any single exchange
    started: datetime = field(default_factory=_now)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]

    @property
    def drift_count(self) -> int:
        return sum(len(r.drift) for r in self.results)

    @property
    def error_count(self) -> int:
        return len(self.errors) + sum(1 for r in self.results if r.error)

    @property
    def all_errors(self) -> list[str]:
        return self.errors + [f"{r.api} {r.operation_id} [{r.fixture}]: {r.error}" for r in self.results if r.error]

    @property
    def exit_code(self) -> int:
        """2 if anything could not be checked, else 1 if drift was found, else 0."""
        if self.error_count:
            return EXIT_USAGE
        return EXIT_DRIFT if self.drift_count else EXIT_OK

    def summary(self) -> str:
        checked = sum(1 for r in self.results if not r.error)
        if self.drift_count:
            verdict = "drift found"
        elif not checked:
            verdict = "nothing checked"  # never "no drift" for a run that saw no answer
        elif self.error_count:
            verdict = "no drift in the exchanges checked"
        else:
            verdict = "no drift"
        if self.error_count:
            verdict += f", {self.error_count} error(s)"
        warnings = len(self.findings) - self.drift_count
        extra = f", {warnings} warning(s)" if warnings else ""
        return (
            f"drift {self.command} ({', '.join(self.apis)}): {checked} exchange(s) checked, "
            f"{self.drift_count} finding(s){extra}: {verdict}"
        )

    def merge(self, other: Report) -> None:
        self.apis += [a for a in other.apis if a not in self.apis]
        self.results += other.results
        self.errors += other.errors


def entries(findings: list[Finding]) -> list[shared.Entry]:
    """Findings as rows of the shared report."""
    return [
        shared.Entry(
            api=f.api,
            operation=f.operation_id,
            source=f.fixture,
            where=f.path,
            kind=f.kind,
            rule=f.rule,
            severity=f.level,
            expected=f.expected,
            seen=f.seen,
            location=f.location,
        )
        for f in findings
    ]


def render_text(report: Report) -> str:
    return shared.render_text(report.summary(), entries(report.findings), report.all_errors)


def render_json(report: Report) -> str:
    extra = {
        "tool": {"name": "drift", "version": TOOL_VERSION},
        "command": report.command,
        "apis": report.apis,
        "exitCode": report.exit_code,
        "timestamp": report.started.isoformat(timespec="seconds"),
        "exchanges": [
            {
                "api": r.api,
                "operationId": r.operation_id,
                "fixture": r.fixture,
                "status": r.status,
                "findings": len(r.findings),
                "error": r.error,
                "seconds": round(r.seconds, 3),
            }
            for r in report.results
        ],
    }
    return shared.render_json(report.summary(), entries(report.findings), report.all_errors, extra)


def render_markdown(report: Report) -> str:
    return shared.render_markdown(
        f"API drift report ({report.command})", report.summary(), entries(report.findings), report.all_errors
    )


def _seconds(value: float) -> str:
    return f"{value:.3f}"


def _suite(root: ET.Element, report: Report, name: str, index: int, results: list[ExchangeResult]) -> ET.Element:
    """A <testsuite> with every attribute and child the Ant JUnit schema requires."""
    return ET.SubElement(
        root,
        "testsuite",
        name=name,
        package="drift",
        id=str(index),
        timestamp=report.started.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        hostname=socket.gethostname() or "localhost",
        tests=str(len(results)),
        failures=str(sum(1 for r in results if r.drift and not r.error)),
        errors=str(sum(1 for r in results if r.error)),
        time=_seconds(sum(r.seconds for r in results)),
    )


def render_junit(report: Report) -> str:
    """Ant-style JUnit XML, valid against the common JUnit.xsd (one testcase per fixture)."""
    root = ET.Element("testsuites")
    for index, api in enumerate(report.apis):
        results = [r for r in report.results if r.api == api]
        suite = _suite(root, report, f"drift.{api}", index, results)
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="command", value=report.command)
        ET.SubElement(properties, "property", name="summary", value=report.summary())
        notes: list[str] = []
        for result in results:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"drift.{api}.{result.operation_id}",
                name=result.fixture,
                time=_seconds(result.seconds),
            )
            if result.error:  # the schema allows one of error / failure per test case
                ET.SubElement(case, "error", message=result.error, type="error").text = result.error
            elif result.drift:
                text = "\n".join(e.line() for e in entries(result.drift))
                ET.SubElement(case, "failure", message=f"{len(result.drift)} finding(s)", type="drift").text = text
            notes += [f"{e.severity.value}: {e.line()}" for e in entries(result.notes)]
        ET.SubElement(suite, "system-out").text = "\n".join(notes)
        ET.SubElement(suite, "system-err").text = ""
    if report.errors:
        suite = _suite(root, report, "drift.input", len(report.apis), [])
        suite.set("tests", str(len(report.errors)))
        suite.set("errors", str(len(report.errors)))
        ET.SubElement(suite, "properties")
        for number, message in enumerate(report.errors, 1):
            case = ET.SubElement(suite, "testcase", classname="drift.input", name=f"input-{number}", time="0.000")
            ET.SubElement(case, "error", message=message, type="input").text = message
        ET.SubElement(suite, "system-out").text = ""
        ET.SubElement(suite, "system-err").text = ""
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "junit": render_junit,
}
