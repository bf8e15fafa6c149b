"""The hand-written CareerOneStop spec against the research reference it was built from.

The reference (``shared/reference/careeronestop-web-api.yaml``) lives beside the repository, not in it.
Tests that need it are skipped when it is absent; the rest only look at the spec.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from buildlib import evidence
from buildlib.project import REPO_ROOT, Project
from buildlib.specs import deref, parse_yaml

HERE = Path(__file__).resolve()
SPEC_PATH = HERE.parents[2] / "openapi" / "careeronestop" / "openapi.yaml"
REFERENCE_PATH = HERE.parents[3] / "shared" / "reference" / "careeronestop-web-api.yaml"

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
CONFIDENCE_VALUES = {"documented", "observed-in-real-response", "observed-in-typed-client-code", "guess"}
TAGS = {"occupation", "salary", "skills", "jobs", "training", "credentials", "services", "location"}
ERROR_RESPONSES = {
    "400": "#/components/responses/BadRequest",
    "401": "#/components/responses/Unauthorized",
    "404": "#/components/responses/NotFound",
    "500": "#/components/responses/ServerError",
}
PAGINATION_KEYS = {"offsetParameter", "limitParameter", "totalField", "itemsField", "firstOffset"}
USER_ID_REF = "#/components/parameters/UserId"


def _load(path: Path) -> Any:
    """A YAML file through the spec library's loader (libyaml, parsed once per content)."""
    return parse_yaml(path.read_text(encoding="utf-8"))


SPEC: dict[str, Any] = _load(SPEC_PATH)


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


OPERATIONS = _operations()
OP_IDS = [op["operationId"] for _, _, op in OPERATIONS]
# Operations the research reference does not list, modelled because a live measurement showed them.
MEASURED_ONLY = [op for _, _, op in OPERATIONS if "x-careeronestop-reference-id" not in op]


def _measured(op: dict[str, Any]) -> bool:
    """True when the operation cites at least one measured live finding."""
    return any(e.get("strength", "").startswith("measured") for e in op.get("x-careeronestop-evidence", []))


def _resolve(node: Any) -> Any:
    """The node a chain of local $refs ends at (the spec library's deref)."""
    return deref(SPEC, node)


def _parameters(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [_resolve(p) for p in op.get("parameters", [])]


def _success_schema(op: dict[str, Any]) -> dict[str, Any]:
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    resolved: dict[str, Any] = _resolve(schema)
    return resolved


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type", [])
    return {declared} if isinstance(declared, str) else set(declared)


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    if not REFERENCE_PATH.is_file():
        pytest.skip(f"research reference not found at {REFERENCE_PATH} (it sits beside the repo in shared/)")
    data: dict[str, Any] = _load(REFERENCE_PATH)
    return data


def _has_known_path(entry: dict[str, Any]) -> bool:
    return isinstance(entry.get("path"), str) and entry["path"].startswith("/")


# ------------------------------------------------------------------ coverage against the reference


def test_every_reference_operation_with_a_known_path_is_in_the_spec(reference: dict[str, Any]) -> None:
    known = [entry for entry in reference["operations"] if _has_known_path(entry)]
    assert len(known) >= 30, "the reference should list about 32 operations with a known path"
    by_ref_id = {op.get("x-careeronestop-reference-id"): (method, path) for method, path, op in OPERATIONS}
    missing = [entry["id"] for entry in known if entry["id"] not in by_ref_id]
    assert not missing, f"reference operations missing from the spec: {missing}"
    for entry in known:
        method, path = by_ref_id[entry["id"]]
        assert (method, path) == (entry["method"].lower(), entry["path"]), entry["id"]
    assert len(OPERATIONS) == len(known) + len(MEASURED_ONLY)


def test_spec_has_no_operation_outside_the_reference(reference: dict[str, Any]) -> None:
    known_ids = {entry["id"] for entry in reference["operations"] if _has_known_path(entry)}
    ref_ids = [op["x-careeronestop-reference-id"] for _, _, op in OPERATIONS if op not in MEASURED_ONLY]
    assert len(ref_ids) == len(set(ref_ids)), "a reference id is used twice"
    assert set(ref_ids) <= known_ids, f"operations with no reference entry: {set(ref_ids) - known_ids}"
    for op in MEASURED_ONLY:
        assert _measured(op), f"{op['operationId']} is in no reference entry and cites no live measurement"


def test_operations_with_unknown_paths_are_listed_as_not_covered(reference: dict[str, Any]) -> None:
    description = SPEC["info"]["description"]
    assert "## Not covered" in description
    not_covered = description.split("## Not covered", 1)[1]
    unknown = [entry["id"] for entry in reference["operations"] if not _has_known_path(entry)]
    assert unknown, "the reference is expected to list operations whose path is unknown"
    for ref_id in unknown:
        assert f"`{ref_id}`" in not_covered, f"{ref_id} is neither covered nor listed as not covered"


def _unbacked() -> set[str]:
    """Operations no real body backs (buildlib.evidence): the reference's observed-in-real-response is lowered there."""
    project = Project(REPO_ROOT)
    return {e.operation_id for e in evidence.collect(project, project.select(["careeronestop"])) if not e.backed}


def test_confidence_matches_the_reference(reference: dict[str, Any]) -> None:
    """Confidence is the reference's, except where a measured live finding raised it to a real response, or where
    the reference's real response backs no operation of this spec (docs/evidence.md), which lowers it."""
    unbacked = _unbacked()
    entries = {entry["id"]: entry for entry in reference["operations"]}
    for _, _, op in OPERATIONS:
        if op in MEASURED_ONLY:
            assert op["x-careeronestop-confidence"] == "observed-in-real-response", op["operationId"]
            continue
        entry = entries[op["x-careeronestop-reference-id"]]
        response = entry.get("response") or {}
        pairs = [("x-careeronestop-confidence", entry["confidence"])]
        if "confidence" in response:
            pairs.append(("x-careeronestop-response-confidence", response["confidence"]))
        else:
            assert "x-careeronestop-response-confidence" not in op, op["operationId"]
        for key, expected in pairs:
            if op[key] == expected:
                continue
            if expected == "observed-in-real-response" and op["operationId"] in unbacked:
                continue  # lowered: tests/specs/test_confidence_evidence.py holds it to the evidence
            assert op[key] == "observed-in-real-response" and _measured(op), f"{op['operationId']} {key}"


def test_paged_reference_operations_declare_pagination(reference: dict[str, Any]) -> None:
    limits = {"startRecord_limitRecord": "limitRecord", "startRecord_pageSize": "pageSize"}
    by_ref_id = {op["x-careeronestop-reference-id"]: op for _, _, op in OPERATIONS if op not in MEASURED_ONLY}
    paged = [e for e in reference["operations"] if _has_known_path(e) and e.get("paging") in limits]
    assert paged
    for entry in paged:
        op = by_ref_id[entry["id"]]
        if "x-pagination" in op:
            assert op["x-pagination"]["offsetParameter"] == "startRecord", entry["id"]
            assert op["x-pagination"]["limitParameter"] == limits[entry["paging"]], entry["id"]
        else:
            # Only allowed when the row array of the response is unknown; the reason must be written down.
            assert op.get("x-careeronestop-pagination-note"), f"{entry['id']} is paged but has no x-pagination"
    unpaged = {e["id"] for e in reference["operations"] if e.get("paging") not in limits}
    for ref_id, op in by_ref_id.items():
        if ref_id in unpaged:
            assert "x-pagination" not in op, ref_id


# ------------------------------------------------------------------ spec-only rules


def test_servers_and_global_bearer_security() -> None:
    assert SPEC["openapi"].startswith("3.1")
    assert SPEC["servers"] == [{"url": "https://api.careeronestop.org"}]
    assert SPEC["security"] == [{"bearerAuth": []}]
    scheme = SPEC["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OP_IDS)
def test_operation_metadata(method: str, path: str, op: dict[str, Any]) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+", op["operationId"])
    assert op["x-careeronestop-confidence"] in CONFIDENCE_VALUES
    if "x-careeronestop-response-confidence" in op:
        assert op["x-careeronestop-response-confidence"] in CONFIDENCE_VALUES
    assert isinstance(op.get("x-careeronestop-reference-id"), str) or _measured(op)
    assert len(op["tags"]) == 1 and op["tags"][0] in TAGS
    first_line = op["description"].strip().splitlines()[0]
    assert first_line.startswith("Uncertain:"), "the first description line must say what is uncertain"


def test_operation_ids_are_unique() -> None:
    assert len(OP_IDS) == len(set(OP_IDS))
    assert {tag["name"] for tag in SPEC["tags"]} == TAGS


def test_user_id_is_declared_once_and_referenced_everywhere() -> None:
    user_id = SPEC["components"]["parameters"]["UserId"]
    assert user_id["name"] == "userId" and user_id["in"] == "path" and user_id["required"] is True
    assert user_id["schema"] == {"type": "string"}
    for _, path, op in OPERATIONS:
        assert {"$ref": USER_ID_REF} in op["parameters"], op["operationId"]
        inline = [p for p in op["parameters"] if "$ref" not in p and p["name"] == "userId"]
        assert not inline, op["operationId"]
        assert "/{userId}" in path


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OP_IDS)
def test_path_parameters_match_the_template_and_have_no_default(method: str, path: str, op: dict[str, Any]) -> None:
    params = _parameters(op)
    declared = [p["name"] for p in params if p["in"] == "path"]
    assert sorted(declared) == sorted(re.findall(r"\{([^}]+)\}", path))
    for param in params:
        if param["in"] == "path":
            assert param["required"] is True
            assert "default" not in _resolve(param["schema"]), f"{op['operationId']}: {param['name']}"


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OP_IDS)
def test_error_responses_are_shared(method: str, path: str, op: dict[str, Any]) -> None:
    for code, ref in ERROR_RESPONSES.items():
        assert op["responses"][code] == {"$ref": ref}, f"{op['operationId']} {code}"
    error_schema = SPEC["components"]["schemas"]["ErrorMessage"]
    assert error_schema["properties"]["Message"]["type"] == "string"
    for name in ("BadRequest", "Unauthorized", "NotFound", "ServerError"):
        content = SPEC["components"]["responses"][name]["content"]["application/json"]
        assert content["schema"] == {"$ref": "#/components/schemas/ErrorMessage"}


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OP_IDS)
def test_success_bodies_are_named_components(method: str, path: str, op: dict[str, Any]) -> None:
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["$ref"].startswith("#/components/schemas/")
    assert _resolve(schema)["type"] == "object"


PAGED = [(m, p, op) for m, p, op in OPERATIONS if "x-pagination" in op]


def test_expected_operations_are_paged() -> None:
    assert {op["operationId"] for _, _, op in PAGED} == {
        "list_occupations_by_keyword",
        "list_jobs_v1",
        "list_jobs_v2",
        "list_training_programs_v2",
        "list_training_programs_v1",
        "list_certifications",
        "list_licenses",
        "list_american_job_centers",
    }


@pytest.mark.parametrize(("method", "path", "op"), PAGED, ids=[op["operationId"] for _, _, op in PAGED])
def test_pagination_names_real_parameters_and_properties(method: str, path: str, op: dict[str, Any]) -> None:
    pagination = op["x-pagination"]
    assert set(pagination) == PAGINATION_KEYS
    assert pagination["firstOffset"] == 0
    path_params = {p["name"]: p for p in _parameters(op) if p["in"] == "path"}
    for key in ("offsetParameter", "limitParameter"):
        param = path_params[pagination[key]]
        assert _types(_resolve(param["schema"])) == {"integer"}
    properties = _success_schema(op)["properties"]
    assert pagination["totalField"] in properties
    items = _resolve(properties[pagination["itemsField"]])
    assert "array" in _types(items), f"{pagination['itemsField']} must be an array"
    total_types = _types(_resolve(properties[pagination["totalField"]]))
    expected = {"string"} if pagination["totalField"] == "Jobcount" else {"integer"}
    assert expected <= total_types


OCCUPATION_FLAGS = [
    "training",
    "interest",
    "videos",
    "tasks",
    "dwas",
    "wages",
    "alternateOnetTitles",
    "projectedEmployment",
    "ooh",
    "stateLMILinks",
    "relatedOnetTitles",
    "skills",
    "knowledge",
    "ability",
    "trainingPrograms",
    "industryEmpPattern",
    "toolsAndTechnology",
    "workValues",
    "enableMetaData",
]


def test_occupation_details_flags_are_optional_booleans() -> None:
    op = SPEC["paths"]["/v1/occupation/{userId}/{keyword}/{location}"]["get"]
    assert op["operationId"] == "get_occupation_details"
    query = {p["name"]: p for p in _parameters(op) if p["in"] == "query"}
    assert sorted(query) == sorted(OCCUPATION_FLAGS)
    for name, param in query.items():
        assert param.get("required", False) is False, name
        assert _resolve(param["schema"])["type"] == "boolean", name


def test_occupation_detail_follows_the_real_json() -> None:
    schemas = SPEC["components"]["schemas"]
    envelope = schemas["OccupationDetailsResponse"]["properties"]
    assert envelope["OccupationDetail"]["type"] == "array"
    detail = schemas["OccupationDetail"]["properties"]
    for key in ("Dwas", "AbilityDataList", "StateResourcesLinks", "RelatedOnetTitles", "SocInfo"):
        assert key in detail, key
    for doc_only in ("DWAs", "SocWageInfo", "StateResources Links", "Knowledge DataList"):
        assert doc_only not in detail, doc_only
    assert "array" in _types(detail["AbilityDataList"])
    assert "SocWageInfo" in schemas["OccupationWages"]["properties"]
    for wage_list in ("NationalWagesList", "StateWagesList", "BLSAreaWagesList"):
        assert "array" in _types(schemas["OccupationWages"]["properties"][wage_list])
    for figure in ("Pct10", "Pct25", "Median", "Pct75", "Pct90"):
        assert schemas["WagePercentiles"]["properties"][figure]["type"] == "string"
    assert "ElementId" in schemas["OnetElementScore"]["properties"]
    assert "ElementID" not in schemas["OnetElementScore"]["properties"]
    assert set(schemas["DetailedWorkActivity"]["properties"]) >= {"DwaTitle", "DwaId"}
    assert "EstimatedEmployment" in schemas["ProjectionRow"]["properties"]
    assert schemas["RelatedOnetTitles"]["additionalProperties"] == {"type": "string"}
    salary = schemas["SalaryDetailsResponse"]["properties"]["OccupationDetail"]
    assert _resolve(salary)["type"] == "object"
