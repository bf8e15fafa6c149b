"""O*NET fixtures: one success exchange per operation, plus 422 error exchanges."""

from __future__ import annotations

import zlib
from typing import Any

from .. import TOOL_VERSION
from ..apis import REDACTED
from ..spec import Operation, Spec
from . import onet_vocab as v
from .engine import Engine
from .onet import BUILDERS, RULES, OnetContext, paging
from .onet_plans import TREE_SUBJECT, plan_for
from .onet_seeds import SEED_EXAMPLES
from .requests import exchange, full_query

SPEC_FILE = "openapi/onet/openapi.json"
TOOL = "scripts/driftlib/synthesize.py"
REQUEST_HEADERS = {"Accept": "application/json", "X-API-Key": REDACTED}
RESPONSE_HEADERS = {"Content-Type": "application/json"}


def _subject(operation: Operation, path_values: dict[str, str]) -> v.Occupation:
    code = path_values.get("code")
    if code in v.OCCUPATION_BY_CODE:
        return v.OCCUPATION_BY_CODE[code]
    tree = operation.path.strip("/").split("/")[0]
    return v.OCCUPATION_BY_CODE[TREE_SUBJECT.get(tree, "15-1252.00")]


def _pool(operation: Operation, codes: tuple[str, ...], subject: v.Occupation) -> tuple[v.Occupation, ...]:
    if codes:
        return tuple(v.OCCUPATION_BY_CODE[c] for c in codes)
    others = [o for o in v.OCCUPATIONS if o.code != subject.code]
    offset = zlib.crc32(operation.operation_id.encode()) % len(others)
    return tuple(others[offset:] + others[:offset])


def _path_values(operation: Operation, chosen: dict[str, str], subject_code: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for param in operation.parameters:
        if param.location != "path":
            continue
        if param.name in chosen:
            values[param.name] = chosen[param.name]
        elif param.name == "code":
            values[param.name] = subject_code
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
    )


def success_fixture(spec: Spec, engine: Engine, operation: Operation) -> dict[str, Any]:
    """The 200 exchange of one operation: a manual example when a seed page shows one, else synthesized."""
    seed = SEED_EXAMPLES.get(operation.operation_id)
    if seed is not None:
        query = full_query(spec, operation, dict(seed.query))
        return _fixture(
            operation,
            dict(seed.path),
            query,
            200,
            seed.body,
            {
                "source": "documentation-example",
                "seed": seed.seed,
                "notes": "Body transcribed from the O*NET v2 reference manual with its '...' elisions removed. "
                + seed.note,
            },
        )
    plan = plan_for(operation.operation_id)
    tree = operation.path.strip("/").split("/")[0]
    default_code = TREE_SUBJECT.get(tree, "15-1252.00")
    path = _path_values(operation, plan.path, default_code)
    subject = _subject(operation, path)
    chosen: dict[str, Any] = dict(plan.query)
    paged = bool(operation.raw.get("x-onet-paged"))
    if paged:
        chosen.setdefault("end", str(plan.count))
    query = full_query(spec, operation, chosen)
    declared = spec.declared_response(operation, 200)
    if declared is None or declared.schema is None:
        raise ValueError(f"{operation.operation_id}: no 200 JSON schema")
    root = str(declared.schema.get("$ref", "")).rsplit("/", 1)[-1]
    ctx = OnetContext(
        operation=operation,
        plan=plan,
        root=root,
        items_field=_items_field(spec, root) if paged else None,
        path_values=path,
        query=query,
        subject=subject,
        pool=_pool(operation, plan.pool, subject),
    )
    if paged:
        paging(ctx)
    body = envelope_first(engine.build(declared.schema, ctx, 0, root))
    reference = f"{SPEC_FILE}#/components/schemas/{root}"
    return _fixture(
        operation,
        path,
        query,
        200,
        body,
        {
            "source": "synthesized-from-reference",
            "reference": reference,
            "tool": TOOL,
            "toolVersion": TOOL_VERSION,
            "notes": f"Built from the spec schema ({operation.raw.get('x-onet-confidence', 'unrated')} confidence) "
            "with real O*NET codes, titles and element ids; figures are illustrative.",
        },
    )


PAGE_FIELDS = ("start", "end", "total", "prev", "next")


def envelope_first(body: Any) -> Any:
    """Put the paging fields first, as the API does (the spec lists properties alphabetically)."""
    if not isinstance(body, dict):
        return body
    head = {k: body[k] for k in PAGE_FIELDS if k in body}
    return {**head, **{k: val for k, val in body.items() if k not in head}}


def _items_field(spec: Spec, root: str) -> str | None:
    schema = spec.document["components"]["schemas"][root]
    for member in schema.get("allOf", []):
        for name, prop in member.get("properties", {}).items():
            if prop.get("type") == "array":
                return str(name)
    return None


ERRORS: tuple[tuple[str, str, dict[str, str], str], ...] = (
    (
        "get_occupation_overview",
        "obsolete_code",
        {"code": "15-1132.00"},
        "Occupation code 15-1132.00 is not valid in the current O*NET-SOC taxonomy",
    ),
    (
        "get_database_table_info",
        "unknown_table",
        {"table_id": "Occupation Data"},
        "Table Occupation Data not found",
    ),
    (
        "get_details_tasks",
        "unknown_code",
        {"code": "99-9999.00"},
        "Occupation code 99-9999.00 not found",
    ),
)


def error_fixtures(spec: Spec) -> dict[str, dict[str, Any]]:
    """422 exchanges: the {"error": ...} body O*NET sends for unusable parameters."""
    out: dict[str, dict[str, Any]] = {}
    for operation_id, variant, path, message in ERRORS:
        operation = spec.operations[operation_id]
        query = full_query(spec, operation, {})
        out[f"{operation_id}__{variant}.json"] = _fixture(
            operation,
            path,
            query,
            422,
            {"error": message},
            {
                "source": "synthesized-from-reference",
                "reference": f"{SPEC_FILE}#/components/schemas/Error",
                "tool": TOOL,
                "toolVersion": TOOL_VERSION,
                "notes": "The {error} body with HTTP 422 is what the official v2 sample client handles; the "
                "message wording is illustrative.",
            },
        )
    return out


def onet_fixtures(spec: Spec) -> dict[str, dict[str, Any]]:
    """Every O*NET fixture by file name."""
    engine = Engine(spec, BUILDERS, RULES)
    out = {f"{op.operation_id}.json": success_fixture(spec, engine, op) for op in spec.operations.values()}
    out.update(error_fixtures(spec))
    return out
