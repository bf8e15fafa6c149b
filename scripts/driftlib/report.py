"""Run results and their renderings: text for people, json for tools, markdown for issues, junit for CI."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from . import EXIT_DRIFT, EXIT_OK, EXIT_USAGE, TOOL_VERSION
from .findings import Finding


@dataclass
class ExchangeResult:
    """The outcome for one fixture (check) or one replayed request (live)."""

    api: str
    operation_id: str
    fixture: str
    status: int | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # the exchange could not be checked (network failure, unreadable fixture, ...)

    @property
    def drift(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "drift"]


@dataclass
class Report:
    """Everything one command found."""

    command: str
    apis: list[str]
    results: list[ExchangeResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # problems outside any single exchange

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
    def exit_code(self) -> int:
        """2 if anything could not be checked, else 1 if drift was found, else 0."""
        if self.error_count:
            return EXIT_USAGE
        return EXIT_DRIFT if self.drift_count else EXIT_OK

    def summary(self) -> str:
        checked = sum(1 for r in self.results if not r.error)
        verdict = "drift found" if self.drift_count else "no drift"
        if self.error_count:
            verdict += f", {self.error_count} error(s)"
        warnings = len(self.findings) - self.drift_count
        extra = f", {warnings} warning(s)" if warnings else ""
        return (
            f"drift {self.command} ({', '.join(self.apis)}): {checked} exchange(s) checked, "
            f"{self.drift_count} finding(s){extra}: {verdict}"
        )


def render_text(report: Report) -> str:
    lines = [f"error: {e}" for e in report.errors]
    for result in report.results:
        if result.error:
            lines.append(f"error: {result.api} {result.operation_id} [{result.fixture}]: {result.error}")
        for finding in result.findings:
            prefix = "warning: " if finding.severity != "drift" else ""
            lines.append(prefix + finding.line())
    lines.append(report.summary())
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    data = {
        "tool": {"name": "drift", "version": TOOL_VERSION},
        "command": report.command,
        "apis": report.apis,
        "exitCode": report.exit_code,
        "summary": report.summary(),
        "errors": report.errors
        + [f"{r.api} {r.operation_id} [{r.fixture}]: {r.error}" for r in report.results if r.error],
        "findings": [f.as_dict() for f in report.findings],
        "exchanges": [
            {
                "api": r.api,
                "operationId": r.operation_id,
                "fixture": r.fixture,
                "status": r.status,
                "findings": len(r.findings),
                "error": r.error,
            }
            for r in report.results
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    lines = [f"## API drift report ({report.command})", "", report.summary(), ""]
    errors = report.errors + [f"{r.api} {r.operation_id} [{r.fixture}]: {r.error}" for r in report.results if r.error]
    if errors:
        lines += ["### Errors", "", *[f"- {_md(e)}" for e in errors], ""]
    if report.findings:
        lines += [
            "### Findings",
            "",
            "| api | operation | fixture | JSON path | kind | expected | seen |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for f in report.findings:
            kind = f.kind if f.severity == "drift" else f"{f.kind} ({f.severity})"
            cells = [f.api, f.operation_id, f.fixture, f"`{f.path}`", kind, f.expected, f.seen]
            lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines) + "\n"


def render_junit(report: Report) -> str:
    root = ET.Element("testsuites", name=f"drift {report.command}")
    for api in report.apis:
        results = [r for r in report.results if r.api == api]
        failures = sum(1 for r in results if r.drift)
        errors = sum(1 for r in results if r.error)
        suite = ET.SubElement(
            root,
            "testsuite",
            name=f"drift.{api}",
            tests=str(len(results)),
            failures=str(failures),
            errors=str(errors),
        )
        for result in results:
            case = ET.SubElement(suite, "testcase", classname=f"drift.{api}.{result.operation_id}", name=result.fixture)
            if result.error:
                ET.SubElement(case, "error", message=result.error).text = result.error
            if result.drift:
                message = f"{len(result.drift)} finding(s)"
                text = "\n".join(f.line() for f in result.drift)
                ET.SubElement(case, "failure", message=message, type="drift").text = text
            warnings = [f for f in result.findings if f.severity != "drift"]
            if warnings:
                ET.SubElement(case, "system-out").text = "\n".join(f.line() for f in warnings)
    for message in report.errors:
        suite = ET.SubElement(root, "testsuite", name="drift.input", tests="1", failures="0", errors="1")
        case = ET.SubElement(suite, "testcase", classname="drift.input", name="input")
        ET.SubElement(case, "error", message=message).text = message
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "junit": render_junit,
}
