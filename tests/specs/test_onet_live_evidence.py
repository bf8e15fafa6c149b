"""The O*NET facts of shared/reference/live-evidence.md, read from its table, hold in the effective spec.

Each test takes its numbers and paths from the row text (not from constants here), so an edit of the spec that
reverts a measured fact fails, and so does an edit of the table that the spec does not follow.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from buildlib.overlay import effective_spec
from buildlib.project import REPO_ROOT, Project
from buildlib.specs import deref, operations

EVIDENCE = REPO_ROOT.parent / "shared" / "reference" / "live-evidence.md"
SPEC = effective_spec(Project(REPO_ROOT).apis()["onet"])
OPERATIONS = list(operations(SPEC))


def _rows() -> dict[str, str]:
    if not EVIDENCE.is_file():
        pytest.skip(f"{EVIDENCE} is not beside this checkout")
    rows = {}
    for line in EVIDENCE.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\|\s*(O\d+)\s*\|(.*)\|\s*(measured|code)[^|]*\|", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


ROWS = _rows()


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _responses(op: dict[str, Any]) -> dict[str, Any]:
    return {status: deref(SPEC, response) for status, response in op["responses"].items()}


def _schema_of(op: dict[str, Any], status: str) -> dict[str, Any]:
    media = _responses(op)[status]["content"]["application/json"]
    return {**SPEC, **media["schema"]}


def test_the_table_has_the_rows_these_tests_read() -> None:
    assert {"O1", "O2", "O3", "O4", "O5", "O6", "O7", "O12", "O13"} <= ROWS.keys()


def test_o1_o2_quoted_bodies_validate_against_keyword_search() -> None:
    o1 = json.loads(re.search(r"`200 (\{.*?\})`", ROWS["O1"]).group(1))  # type: ignore[union-attr]
    o2 = json.loads(re.search(r"`422 (\{.*?\})`", ROWS["O2"]).group(1))  # type: ignore[union-attr]
    op = SPEC["paths"]["/online/search"]["get"]
    jsonschema.Draft202012Validator(_schema_of(op, "200")).validate(o1)
    jsonschema.Draft202012Validator(_schema_of(op, "422")).validate(o2)


def test_o3_every_operation_declares_403_with_an_html_body() -> None:
    assert "403" in ROWS["O3"] and "HTML" in ROWS["O3"]
    for method, path, op in OPERATIONS:
        response = _responses(op).get("403")
        assert response is not None, f"{method.upper()} {path} does not declare 403"
        assert "text/html" in response.get("content", {}), f"{method.upper()} {path}: 403 is not HTML"


def test_o4_page_windows_are_capped_as_measured() -> None:
    cap = _number(re.search(r"capped at ([\d,]+)", ROWS["O4"]).group(1))  # type: ignore[union-attr]
    caps = []
    for _, _, op in OPERATIONS:
        if not op.get("x-onet-paged"):
            continue
        for raw in op.get("parameters", []):
            param = deref(SPEC, raw)
            if param["name"] == "end":
                caps.append(param.get("x-onet-page-size-max"))
                assert param["schema"].get("maximum", cap) <= cap
    assert caps and set(caps) == {cap}


def test_o4_the_generated_index_pages_at_the_cap() -> None:
    cap = _number(re.search(r"capped at ([\d,]+)", ROWS["O4"]).group(1))  # type: ignore[union-attr]
    index = json.loads(Path(REPO_ROOT / "generated_client" / "onet_client" / "_spec_index.json").read_text())
    sizes = {e["paging"]["max_page_size"] for e in index["operations"] if e["paging"]}
    assert sizes == {cap}


def test_o5_default_page_sizes_by_report_type() -> None:
    text = ROWS["O5"]
    expected = {
        "/summary/": _number(re.search(r"summary sections page \**(\d+)", text).group(1)),  # type: ignore[union-attr]
        "/details/": _number(re.search(r"details sections \**(\d+)", text).group(1)),  # type: ignore[union-attr]
        "listing": _number(re.search(r"listings (\d+)", text).group(1)),  # type: ignore[union-attr]
    }
    seen = set()
    for _, path, op in OPERATIONS:
        if not op.get("x-onet-paged"):
            continue
        kind = next((k for k in ("/summary/", "/details/") if k in path), None)
        if kind is None and (path.startswith("/online/") or path.endswith(("/search", "/careers/"))):
            kind = "listing"
        if kind is not None:
            assert op.get("x-onet-page-size-default") == expected[kind], path
            seen.add(kind)
    assert seen == set(expected)


def test_o6_o12_declared_404_and_400() -> None:
    mpp = re.search(r"`(/mpp/[^`]+)` is 404", ROWS["O6"]).group(1)  # type: ignore[union-attr]
    assert "404" in _responses(SPEC["paths"][mpp]["get"])
    assert "Work Values" in ROWS["O12"] and "404" in ROWS["O12"]
    for part in ("summary", "details"):
        assert "404" in _responses(SPEC["paths"][f"/online/occupations/{{code}}/{part}/work_values"]["get"])
    assert "400" in ROWS["O6"]
    guessed = [op for _, _, op in OPERATIONS if "x-onet-path-candidates" in op]
    assert guessed and all("400" in _responses(op) for op in guessed)


def test_o7_service_index() -> None:
    assert "`GET /`" in ROWS["O7"]
    index = SPEC["paths"]["/"]["get"]
    listed = set(re.findall(r"/([a-z]+)/", ROWS["O7"]))
    body = deref(SPEC, _responses(index)["200"]["content"]["application/json"]["schema"])
    assert listed <= set(body["properties"])


def test_o12_apprenticeship_items_are_strings() -> None:
    assert "bare strings" in ROWS["O12"]
    for part in ("summary", "details"):
        schema = _schema_of(SPEC["paths"][f"/online/occupations/{{code}}/{part}/apprenticeship"]["get"], "200")
        jsonschema.Draft202012Validator(schema).validate({"start": 1, "end": 1, "total": 1, "example_title": ["x"]})
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.Draft202012Validator(schema).validate(
                {"start": 1, "end": 1, "total": 1, "example_title": [{"title": "x"}]}
            )


def test_o13_job_zone_filter_is_named_as_measured() -> None:
    right, wrong = re.search(r"filter is `(\w+)`; the v1.9 name `(\w+)`", ROWS["O13"]).groups()  # type: ignore[union-attr]
    names = {deref(SPEC, p)["name"] for _, path, op in OPERATIONS for p in op.get("parameters", [])}
    assert right in names and wrong not in names


def test_raised_confidence_cites_the_evidence() -> None:
    for _, path, op in OPERATIONS:
        cited = [e for e in op["x-onet-evidence"] if e.startswith("LIVE_O")]
        for entry in cited:
            assert entry.split()[0].removeprefix("LIVE_") in ROWS, (path, entry)
    raised = {"/online/search", "/online/occupations/{code}/"}
    for path in raised:
        op = SPEC["paths"][path]["get"]
        assert op["x-onet-confidence"] == "observed-in-real-response"
        assert any(e.startswith("LIVE_O") for e in op["x-onet-evidence"])
