"""`drift.py check` on fixture directories: findings, report formats and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from driftlib.cli import main

from contract_tests.contract_support import FIXTURES, ROOT

SCRIPT = ROOT / "scripts" / "drift.py"


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A copy of the O*NET fixtures with one hand-broken body: the first task's title renamed to name."""
    root = tmp_path / "fixtures"
    shutil.copytree(FIXTURES / "onet", root / "onet")
    return break_tasks(root)


@pytest.fixture
def broken_alone(tmp_path: Path) -> Path:
    """Only the hand-broken fixture: what the CLI's own run needs (the in-process tests check every fixture)."""
    root = tmp_path / "alone"
    (root / "onet").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "onet" / "get_details_tasks.json", root / "onet" / "get_details_tasks.json")
    return break_tasks(root)


def break_tasks(root: Path) -> Path:
    target = root / "onet" / "get_details_tasks.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    task = data["response"]["body"]["task"][0]
    task["name"] = task.pop("title")
    target.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return root


def test_check_names_operation_file_and_path_and_exits_1(broken_alone: Path) -> None:
    """The script entry point, as CI runs it (a subprocess), on one broken fixture."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "check", "--api", "onet", "--fixtures", str(broken_alone)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if "get_details_tasks" in line]
    assert any(
        "get_details_tasks.json" in line and "$.task[0].name" in line and "field-added" in line for line in lines
    )
    assert any("$.task[0].title" in line and "field-removed" in line for line in lines)
    assert "drift found" in result.stdout


def test_clean_fixtures_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--api", "onet"]) == 0
    assert "no drift" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["json", "markdown", "junit"])
def test_report_formats_carry_the_findings(
    broken: Path, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report_file = tmp_path / f"report.{fmt}"
    code = main(
        ["check", "--api", "onet", "--fixtures", str(broken), "--format", fmt, "--report", f"{fmt}:{report_file}"]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert report_file.read_text(encoding="utf-8") == out
    if fmt == "json":
        findings = json.loads(out)["findings"]
        assert {(f["operation"], f["fixture"], f["path"], f["kind"]) for f in findings} == {
            ("get_details_tasks", "get_details_tasks.json", "$.task[0].name", "field-added"),
            ("get_details_tasks", "get_details_tasks.json", "$.task[0].title", "field-removed"),
        }
    elif fmt == "markdown":
        assert out.index("### Summary by kind") < out.index("### onet") < out.index("#### get_details_tasks")
        assert "| field-added | `body-field-added` | ERR | 1 |" in out
        row = "| ERR | `body-field-added` | get_details_tasks.json | `$.task[0].name` |"
        assert row in out and "`#/components/schemas/ReportTaskDetails` |" in out
    else:
        suite = ET.fromstring(out).find("testsuite")
        assert suite is not None and suite.get("failures") == "1"
        failure = suite.find("testcase[@name='get_details_tasks.json']/failure")
        assert failure is not None and "$.task[0].title" in (failure.text or "")


def test_malformed_fixture_is_an_input_error_without_traceback(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (broken / "onet" / "get_about.json").write_text('{"operationId": "get_about", ', encoding="utf-8")
    (broken / "onet" / "keyword_search.json").write_bytes(b"\xff\xfe not utf-8")
    code = main(["check", "--api", "onet", "--fixtures", str(broken)])
    out = capsys.readouterr().out
    assert code == 2
    assert "get_about.json" in out and "malformed JSON at line 1" in out
    assert "keyword_search.json" in out and "cannot read" in out
    assert "Traceback" not in out


def test_fixture_breaking_the_format_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "onet"
    folder.mkdir()
    data = json.loads((FIXTURES / "onet" / "get_about.json").read_text(encoding="utf-8"))
    data["request"]["headers"]["X-API-Key"] = "0123456789abcdef"
    (folder / "get_about.json").write_text(json.dumps(data), encoding="utf-8")
    data["request"]["headers"]["X-API-Key"] = "<redacted>"
    data["operationId"] = "keyword_search"
    (folder / "get_about__renamed.json").write_text(json.dumps(data), encoding="utf-8")
    code = main(["check", "--api", "onet", "--fixtures", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 2
    assert "credential header must hold '<redacted>'" in out
    assert "file name must be keyword_search.json" in out


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "yaml"])
    assert exc.value.code == 2
    assert main(["check", "--api", "onet", "--fixtures", str(tmp_path / "missing")]) == 2
    assert "no fixtures for onet" in capsys.readouterr().out


def test_a_value_breaking_a_declared_format_is_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`format: uri` is asserted, not an annotation: an href with a space and no scheme is a finding."""
    root = tmp_path / "fixtures"
    (root / "onet").mkdir(parents=True)
    source = FIXTURES / "onet" / "get_occupation_overview.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["response"]["body"]["summary_contents"][0]["href"] = "summary tasks"
    (root / "onet" / source.name).write_text(json.dumps(data), encoding="utf-8")
    code = main(["check", "--api", "onet", "--fixtures", str(root), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    assert [(f["path"], f["kind"], f["rule"], f["expected"]) for f in findings] == [
        ("$.summary_contents[0].href", "format-violated", "body-format-violated", "format uri")
    ]


def test_every_format_the_specs_declare_is_asserted() -> None:
    """A declared format the checker cannot assert (its library missing) would pass silently: fail here instead."""
    from buildlib.overlay import effective_spec
    from buildlib.project import Project
    from driftlib.strict import ASSERTED_FORMATS

    declared: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                declared.add(node["format"])
            for key, value in node.items():
                if key not in ("example", "examples"):  # data, not schemas (database rows have a "format" column)
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for api in Project(ROOT).apis().values():
        walk(effective_spec(api))
    assert "uri" in declared
    assert declared <= ASSERTED_FORMATS, sorted(declared - ASSERTED_FORMATS)
