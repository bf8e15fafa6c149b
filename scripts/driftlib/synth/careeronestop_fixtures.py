"""CareerOneStop fixtures: one success exchange per operation, plus 404 "No data available" exchanges.

The userId path value is always the placeholder {userId}; the SDK and the live monitor put the real value
in at send time, and recordings put the placeholder back.
"""

from __future__ import annotations

from typing import Any

from .. import TOOL_VERSION
from ..apis import REDACTED, USER_ID_PLACEHOLDER
from ..spec import Operation, Spec
from .careeronestop import BUILDERS, PLACEHOLDER_RESPONSES, RULES, SKILLS_MATCHER_SUBMISSION, CosContext
from .engine import Engine
from .requests import exchange, full_query

SPEC_FILE = "openapi/careeronestop/openapi.yaml"
TOOL = "scripts/driftlib/synthesize.py"
REQUEST_HEADERS = {"Accept": "application/json", "Authorization": REDACTED}
RESPONSE_HEADERS = {"Content-Type": "application/json; charset=utf-8"}
NURSE = "29-1141.00"

ALL_SECTIONS = (
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
)

# operationId -> (path values without userId, chosen query values)
PLANS: dict[str, tuple[dict[str, str], dict[str, Any]]] = {
    "get_occupation_details": ({"keyword": NURSE, "location": "Chicago, IL"}, dict.fromkeys(ALL_SECTIONS, True)),
    "list_occupations_by_keyword": (
        {"keyword": "nurse", "dataLevelOnly": "N", "startRecord": "0", "limitRecord": "3"},
        {},
    ),
    "list_occupations_by_skills_match": ({"onetCode": NURSE, "location": "MN", "radius": "25"}, {}),
    "get_tools_and_technology_by_occupation": ({"onetCode": NURSE}, {}),
    "get_occupations_report": (
        {
            "reporttype": "FG",
            "location": "MN",
            "education": "0",
            "sortColumns": "0",
            "sortDirections": "0",
            "startRecord": "0",
            "limitRecord": "2",
        },
        {},
    ),
    "get_lmi_by_occupation": ({"onetCode": NURSE, "location": "MN"}, {}),
    "list_employment_patterns": (
        {
            "keyword": "Registered Nurses",
            "sortColumns": "0",
            "sortDirections": "0",
            "startRecord": "0",
            "limitRecord": "10",
        },
        {},
    ),
    "get_job_description": ({"onetCode": NURSE, "state": "MN", "category": "0"}, {}),
    "get_salary_details": ({}, {"keyword": NURSE, "location": "IL"}),
    "get_salary_comparison_by_occupations": ({}, {"keyword": f"{NURSE}|29-2061.00", "location": "IL"}),
    "get_salary_comparison_by_locations": ({}, {"keyword": NURSE, "location": "IL|US"}),
    "list_skills_matcher_questions": ({}, {}),
    "submit_skills_matcher_ratings": ({}, {}),
    "get_skills_gap": (
        {"currentOnetCode": "29-2061.00", "targetOnetCode": NURSE, "location": "IL", "radius": "25"},
        {},
    ),
    "list_jobs_v1": (
        {
            "keyword": "registered nurse",
            "location": "Minneapolis, MN",
            "radius": "25",
            "sortColumns": "0",
            "sortOrder": "0",
            "startRecord": "0",
            "pageSize": "2",
            "days": "7",
        },
        {},
    ),
    "list_jobs_v2": (
        {
            "keyword": "registered nurse",
            "location": "Minneapolis, MN",
            "radius": "25",
            "sortColumns": "0",
            "sortOrder": "0",
            "startRecord": "0",
            "pageSize": "3",
            "days": "7",
        },
        {},
    ),
    "get_job_by_id_v2": ({"JvId": "8F2D3C6A1B9E4F07A5C2D1E0B3A49687"}, {}),
    "list_training_programs_v2": (
        {
            "keyword": "nursing",
            "location": "Minneapolis, MN",
            "radius": "25",
            "programLength": "0",
            "school": "0",
            "programName": "0",
            "programFormat": "0",
            "occupation": "0",
            "filterBySource": "0",
            "area": "0",
            "sortColumns": "0",
            "sortDirection": "0",
            "startRecord": "0",
            "limitRecord": "3",
        },
        {},
    ),
    "get_training_program_details_v2": ({"detailID": "1001"}, {}),
    "list_training_programs_v1": (
        {
            "keyword": "nursing",
            "location": "Minneapolis, MN",
            "radius": "25",
            "occupation": "0",
            "programName": "0",
            "programLength": "0",
            "state": "0",
            "region": "0",
            "sortColumns": "0",
            "sortDirections": "0",
            "startRecord": "0",
            "limitRecord": "2",
        },
        {},
    ),
    "get_taaccct_program_of_study_detail": ({"posId": "1204"}, {}),
    "list_scholarships": ({"keyword": "nursing", "state": "MN", "limit": "1"}, {}),
    "list_certifications": (
        {
            "keyword": "nurse",
            "directFlag": "0",
            "industry": "0",
            "certType": "0",
            "organization": "0",
            "occupation": "0",
            "agency": "0",
            "sortColumn": "0",
            "sortDirections": "0",
            "startRecord": "0",
            "limitRecord": "2",
        },
        {},
    ),
    "get_certification_details": ({"certId": "1091-A"}, {}),
    "list_licenses": (
        {
            "keyword": NURSE,
            "location": "MN",
            "sortColumns": "0",
            "sortDirections": "0",
            "startRecord": "0",
            "limitRecord": "1",
        },
        {},
    ),
    "get_license_details": ({"licenseId": "MN-RN-1432"}, {}),
    "list_professional_associations": (
        {
            "keyword": "nursing",
            "industry": "0",
            "occupation": "0",
            "sortColumn": "0",
            "sortDirections": "0",
            "startRecord": "0",
            "limitRecord": "2",
        },
        {},
    ),
    "list_american_job_centers": (
        {
            "location": "55401",
            "radius": "25",
            "centerType": "0",
            "youthServices": "0",
            "workersServices": "0",
            "businessServices": "0",
            "sortColumns": "0",
            "sortDirections": "0",
            "startRecord": "0",
            "limitRecord": "2",
        },
        {},
    ),
    "list_unemployment_rates": ({"location": "MN", "unemploymentType": "county"}, {}),
    "list_apprenticeship_offices": ({"location": "MN", "radius": "25"}, {}),
    "get_workforce_board_by_id": ({"tid": "1", "lid": "27", "id": "2701"}, {}),
    "validate_location": ({"location": "Chicago, IL"}, {}),
}

ERRORS: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        "list_occupations_by_keyword",
        "no_data",
        {"keyword": "zyxwvq", "dataLevelOnly": "N", "startRecord": "0", "limitRecord": "3"},
    ),
    (
        "get_occupation_details",
        "no_data",
        {"keyword": "29-1141", "location": "US"},
    ),
)


def _path_values(operation: Operation, chosen: dict[str, str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for param in operation.parameters:
        if param.location != "path":
            continue
        if param.name == "userId":
            values[param.name] = USER_ID_PLACEHOLDER
        elif param.name in chosen:
            values[param.name] = chosen[param.name]
        else:
            raise ValueError(f"{operation.operation_id}: no value for path parameter {param.name}")
    return values


def _fixture(
    operation: Operation,
    path: dict[str, str],
    query: dict[str, Any],
    status: int,
    body: Any,
    provenance: dict[str, str],
    request_body: Any = None,
) -> dict[str, Any]:
    return exchange(
        operation,
        path,
        query,
        status,
        body,
        provenance,
        request_headers=REQUEST_HEADERS,
        response_headers=RESPONSE_HEADERS,
        request_body=request_body,
    )


def success_fixture(spec: Spec, engine: Engine, operation: Operation) -> dict[str, Any]:
    chosen_path, chosen_query = PLANS[operation.operation_id]
    path = _path_values(operation, chosen_path)
    query = full_query(spec, operation, chosen_query)
    declared = spec.declared_response(operation, 200)
    if declared is None or declared.schema is None:
        raise ValueError(f"{operation.operation_id}: no 200 JSON schema")
    root = str(declared.schema.get("$ref", "")).rsplit("/", 1)[-1]
    ctx = CosContext(operation=operation, path_values=path, query=query)
    body = engine.build(declared.schema, ctx, 0, root)
    confidence = operation.raw.get("x-careeronestop-response-confidence") or operation.raw.get(
        "x-careeronestop-confidence", "unrated"
    )
    if root in PLACEHOLDER_RESPONSES:
        notes = (
            "The spec leaves this response free-form (shape not observed); the member names are guesses in "
            "CareerOneStop's style. Replace with a live recording (drift.py live --record)."
        )
    else:
        notes = (
            f"Built from the spec schema ({confidence} confidence) with real codes, titles and agencies; "
            "figures are illustrative. Occupation-details sections follow the documented structure (seed "
            "003_d8bd6b925d114ca3.txt)."
            if operation.operation_id == "get_occupation_details"
            else f"Built from the spec schema ({confidence} confidence) with real codes, titles and agencies; "
            "figures are illustrative."
        )
    request_body = SKILLS_MATCHER_SUBMISSION if operation.operation_id == "submit_skills_matcher_ratings" else None
    return _fixture(
        operation,
        path,
        query,
        200,
        body,
        {
            "source": "synthesized-from-reference",
            "reference": f"{SPEC_FILE}#/components/schemas/{root}",
            "tool": TOOL,
            "toolVersion": TOOL_VERSION,
            "notes": notes,
        },
        request_body,
    )


def error_fixtures(spec: Spec) -> dict[str, dict[str, Any]]:
    """404 exchanges with the body CareerOneStop sends when a query matches nothing."""
    out: dict[str, dict[str, Any]] = {}
    for operation_id, variant, chosen in ERRORS:
        operation = spec.operations[operation_id]
        query = full_query(spec, operation, {})
        out[f"{operation_id}__{variant}.json"] = _fixture(
            operation,
            _path_values(operation, chosen),
            query,
            404,
            {"Message": "No data available"},
            {
                "source": "synthesized-from-reference",
                "reference": f"{SPEC_FILE}#/components/schemas/ErrorMessage",
                "tool": TOOL,
                "toolVersion": TOOL_VERSION,
                "notes": 'HTTP 404 with {"Message": "No data available"} is CareerOneStop\'s observed answer to '
                "a query that matches nothing (a bare 6-digit code for occupation details).",
            },
        )
    return out


def careeronestop_fixtures(spec: Spec) -> dict[str, dict[str, Any]]:
    """Every CareerOneStop fixture by file name."""
    engine = Engine(spec, BUILDERS, RULES)
    missing = sorted(set(spec.operations) - set(PLANS))
    if missing:
        raise ValueError(f"no request plan for CareerOneStop operations {missing}")
    out = {f"{op.operation_id}.json": success_fixture(spec, engine, op) for op in spec.operations.values()}
    out.update(error_fixtures(spec))
    return out
