"""Report formats: JUnit valid against the common JUnit.xsd, markdown grouped with a summary first."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema
from buildlib import specdiff
from driftlib.cli import main

from .conftest import DATA, copy_fixtures


@functools.cache
def junit_schema() -> xmlschema.XMLSchema:
    """The JUnit XSD, compiled once, when a test first asks (0.4 s: not at collection, on every worker)."""
    return xmlschema.XMLSchema(DATA / "JUnit.xsd")


def broken_fixtures(tmp_path: Path) -> Path:
    """Two onet fixtures with drift, one clean, and one that is not valid JSON (an input error)."""
    fixtures = copy_fixtures(tmp_path, "onet", "get_details_tasks.json", "get_about.json", "keyword_search.json")
    tasks = fixtures / "onet" / "get_details_tasks.json"
    data = json.loads(tasks.read_text(encoding="utf-8"))
    data["response"]["body"]["task"][0]["extra"] = 1
    data["response"]["body"]["total"] = "many"
    tasks.write_text(json.dumps(data), encoding="utf-8")
    about = fixtures / "onet" / "get_about.json"
    data = json.loads(about.read_text(encoding="utf-8"))
    data["response"]["headers"]["Content-Type"] = "text/html"
    about.write_text(json.dumps(data), encoding="utf-8")
    (fixtures / "onet" / "keyword_search.json").write_text("{", encoding="utf-8")
    return fixtures


def test_junit_validates_against_the_common_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--fixtures", str(broken_fixtures(tmp_path)), "--format", "junit"])
    out = capsys.readouterr().out
    assert code == 2  # the unreadable fixture
    junit_schema().validate(out)  # raises with the schema violation
    suites = ET.fromstring(out).findall("testsuite")
    assert [s.get("name") for s in suites] == ["drift.onet", "drift.careeronestop", "drift.input"]
    onet = suites[0]
    assert (onet.get("tests"), onet.get("failures"), onet.get("errors")) == ("3", "2", "1")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", onet.get("timestamp") or "")
    assert float(onet.get("time") or "-1") >= 0
    assert all(float(case.get("time") or "-1") >= 0 for case in onet.iter("testcase"))


def test_the_schema_rejects_what_the_old_report_wrote() -> None:
    old = '<testsuites name="drift check"><testsuite name="drift.onet" tests="1" failures="0" errors="0"/></testsuites>'
    assert not junit_schema().is_valid(old)


def test_markdown_opens_with_counts_by_kind_then_groups_by_api_and_operation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "--api", "onet", "--fixtures", str(broken_fixtures(tmp_path)), "--format", "markdown"])
    out = capsys.readouterr().out
    summary = out.index("### Summary by kind")
    assert summary < out.index("### onet") < out.index("#### get_about") < out.index("#### get_details_tasks")
    for row in (
        "| field-added | `body-field-added` | ERR | 1 |",
        "| type-changed | `body-type-changed` | ERR | 1 |",
        "| media-type-changed | `exchange-media-type-changed` | ERR | 1 |",
    ):
        assert row in out
    assert "`#/components/schemas/ReportTaskDetails`" in out  # the schema the added field broke


def test_every_finding_carries_its_spec_location(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--api", "onet", "--fixtures", str(broken_fixtures(tmp_path)), "--format", "json"])
    findings = {f["path"] + " " + f["kind"]: f["location"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert findings == {
        "$.task[0].extra field-added": "#/components/schemas/ReportTaskDetails",
        "$.total type-changed": "#/components/schemas/ReportDetailsTasks",
        "$ media-type-changed": "#/paths/~1about/get/responses/200/content",
    }


def test_drift_and_spec_diff_share_one_json_and_text_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Both tools render through buildlib.report: the same envelope keys, finding keys and text line layout."""
    fixtures = broken_fixtures(tmp_path)
    main(["check", "--api", "onet", "--fixtures", str(fixtures), "--format", "json"])
    drift = json.loads(capsys.readouterr().out)
    main(["check", "--api", "onet", "--fixtures", str(fixtures)])
    drift_text = capsys.readouterr().out
    old = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {}}}}}
    changes = specdiff.diff(old, {**old, "paths": {}})
    diff = json.loads(specdiff.render_json(changes))
    assert {"summary", "breaking", "counts", "errors", "findings"} <= drift.keys() & diff.keys()
    assert drift["counts"] == {"ERR": 3, "WARN": 0, "INFO": 0} and drift["breaking"] is True
    (removed,) = diff["findings"]
    assert set(removed) == set(drift["findings"][0]) and removed["kind"] == "operation-removed"
    assert diff["counts"] == {"ERR": 1, "WARN": 0, "INFO": 0} and diff["breaking"] is True
    assert "err: onet get_details_tasks [get_details_tasks.json] $.task[0].extra: field-added" in drift_text
    assert "err: definition GET /a: operation-removed [operation-operation-removed]" in specdiff.render_text(changes)
