"""The CareerOneStop spec states what the live measurements (live-evidence.md, rows C1-C5) showed.

Each fact is read from the evidence table itself (routes, keys, counts, limits), so editing the spec back to an
earlier guess fails here, and so does a new C row that no part of the spec cites.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from buildlib.specs import deref, load_spec, operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "openapi" / "careeronestop" / "openapi.yaml")
EVIDENCE_PATH = ROOT.parent / "shared" / "reference" / "live-evidence.md"
OPS = {op["operationId"]: (method, path, op) for method, path, op in operations(SPEC)}
# Which operation a row's wording ("certification finder", "skill gap") is about: by path prefix.
PHRASE_PATHS = {"certification finder": "/v1/certificationfinder/", "skill gap": "/v1/skillgap/"}


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    target: dict[str, Any] = deref(SPEC, node)
    return target


def _success_schema(op: dict[str, Any]) -> dict[str, Any]:
    return _deref(op["responses"]["200"]["content"]["application/json"]["schema"])


def _params(op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(p["name"], p["in"]): p for p in map(_deref, op.get("parameters", []))}


def _cited(node: Any) -> set[str]:
    """Every evidence id cited anywhere below `node`."""
    found: set[str] = set()
    if isinstance(node, dict):
        found |= {e["id"] for e in node.get("x-careeronestop-evidence", [])}
        for value in node.values():
            found |= _cited(value)
    elif isinstance(node, list):
        for value in node:
            found |= _cited(value)
    return found


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, str]]:
    if not EVIDENCE_PATH.is_file():
        pytest.skip(f"live evidence not found at {EVIDENCE_PATH} (it sits beside the repo in shared/)")
    table: dict[str, dict[str, str]] = {}
    for line in EVIDENCE_PATH.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"C\d+", cells[0]):
            table[cells[0]] = {"fact": cells[1], "strength": cells[2], "source": cells[3]}
    assert len(table) >= 5, "the CareerOneStop section of live-evidence.md has rows C1-C5"
    return table


def _operation_at(path_prefix: str, *, paged: bool | None = None) -> dict[str, Any]:
    found = [
        op
        for _, path, op in OPS.values()
        if path.startswith(path_prefix) and (paged is None or ("x-pagination" in op) == paged)
    ]
    assert len(found) == 1, f"one operation under {path_prefix}"
    return found[0]


def test_every_row_is_cited_with_its_strength(rows: dict[str, dict[str, str]]) -> None:
    assert set(rows) == _cited(SPEC), "each C row is cited somewhere, and nothing else is"

    def entries(node: Any) -> list[dict[str, Any]]:
        if isinstance(node, dict):
            own: list[dict[str, Any]] = node.get("x-careeronestop-evidence", [])
            return own + [e for v in node.values() for e in entries(v)]
        return [e for v in node for e in entries(v)] if isinstance(node, list) else []

    for entry in entries(SPEC):
        assert rows[entry["id"]]["strength"].startswith(entry["strength"]), entry["id"]
        assert entry["source"] and entry["shows"], entry["id"]


def test_c1_the_v1_job_detail_route_and_its_body(rows: dict[str, dict[str, str]]) -> None:
    fact = rows["C1"]["fact"]
    route = re.search(r"`GET (/[^?`]+)\?([^`]+)`", fact)
    keys = re.search(r"body keys `([^`]+)`", fact)
    assert route and keys
    template = route.group(1)
    matches = [(m, op) for m, path, op in OPS.values() if path == template]
    assert [m for m, _ in matches] == ["get"], f"{template} is modelled"
    op = matches[0][1]
    query = {name for (name, where) in _params(op) if where == "query"}
    assert {pair.split("=")[0] for pair in route.group(2).split("&")} <= query
    body = _success_schema(op)
    expected = [k.strip() for k in keys.group(1).split(",")]
    assert set(expected) <= set(body["properties"])
    # MetaData needs enableMetaData=true (C2), so it is the one key that may be missing.
    assert set(body["required"]) == set(expected) - {"MetaData"}
    assert op["x-careeronestop-confidence"] == "observed-in-real-response"
    assert "C1" in _cited(op) and "C1" in _cited(body)
    placeholder = re.search(r"`\[\"([\d.-]+)\"\]`", fact)
    assert placeholder and placeholder.group(1) in body["properties"]["OnetCodes"]["description"]


def test_c2_metadata_is_off_by_default_and_the_counted_bodies_are_required(rows: dict[str, dict[str, str]]) -> None:
    fact = rows["C2"]["fact"]
    assert "absent unless asked for" in fact
    flag = SPEC["components"]["parameters"]["EnableMetaData"]
    assert flag["schema"]["default"] is False
    assert "C2" in _cited(flag)
    counts = dict(re.findall(r"(certification finder|skill gap) (\d+) keys", fact))
    assert set(counts) == set(PHRASE_PATHS)
    for phrase, count in counts.items():
        op = _operation_at(PHRASE_PATHS[phrase], paged=True if phrase == "certification finder" else None)
        body = _success_schema(op)
        assert len(body["required"]) == int(count), phrase
        assert "MetaData" not in body["required"] and "MetaData" in body["properties"]
        assert "C2" in _cited(body)


def test_c3_occupation_details_shapes(rows: dict[str, dict[str, str]]) -> None:
    fact = rows["C3"]["fact"]
    _, _, op = OPS["get_occupation_details"]
    detail = _deref(_success_schema(op)["properties"]["OccupationDetail"]["items"])
    props = detail["properties"]
    limit = re.search(r"`AlternateTitles` needs `(\w+)=true` and returns at most (\d+)", fact)
    assert limit
    assert props["AlternateTitles"]["maxItems"] == int(limit.group(2))
    assert (limit.group(1), "query") in _params(op)
    always = re.search(r"`(\w+)` always present", fact)
    assert always and always.group(1) in detail["required"]
    assert props[always.group(1)]["type"] == "string"
    null_key = re.search(r"`(\w+)` null throughout", fact)
    assert null_key and "null" in props[null_key.group(1)]["type"]
    assert "C3" in _cited(op)
    assert op["x-careeronestop-response-confidence"] == "observed-in-real-response"


def test_c4_not_found_and_english_only(rows: dict[str, dict[str, str]]) -> None:
    fact = rows["C4"]["fact"]
    status = re.search(r"answers (\d{3})", fact)
    assert status
    _, _, op = OPS["get_occupation_details"]
    assert status.group(1) in op["responses"]
    language = re.search(r"`(\w+)=es` returns English", fact)
    assert language and (language.group(1), "query") not in _params(op), "no language switch is offered"
    assert "C4" in _cited(op)


def test_c5_job_source_is_upper_case(rows: dict[str, dict[str, str]]) -> None:
    fact = rows["C5"]["fact"]
    source = re.search(r"`(\w+)=(\w+)`", fact)
    assert source
    with_source = [op for _, _, op in OPS.values() if (source.group(1), "query") in _params(op)]
    assert with_source
    for op in with_source:
        param = _params(op)[(source.group(1), "query")]
        assert param["example"] == source.group(2)
        assert "C5" in _cited(param)
