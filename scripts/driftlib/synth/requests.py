"""Request parts shared by both APIs' synthesizers: query defaults and wire formatting of values."""

from __future__ import annotations

from typing import Any

from ..spec import Operation, Spec, deref


def wire(value: Any) -> str | list[str]:
    """A parameter value as it travels in a URL (booleans as true/false, lists as repeated values)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [str(wire(v)) for v in value]
    return str(value)


def parameter_default(spec: Spec, schema: dict[str, Any]) -> Any:
    """The declared default of a parameter schema (following a $ref), or None."""
    resolved = deref(spec.document, schema)
    return resolved.get("default") if isinstance(resolved, dict) else None


def full_query(spec: Spec, operation: Operation, chosen: dict[str, Any]) -> dict[str, str | list[str]]:
    """The query a generated client sends: the chosen values plus every declared default, in spec order.

    openapi-python-client sends a query parameter's declared default when the caller leaves it out, so a
    recorded request contains those values too.
    """
    query: dict[str, str | list[str]] = {}
    for param in operation.parameters:
        if param.location != "query":
            continue
        if param.name in chosen:
            query[param.name] = wire(chosen[param.name])
            continue
        if param.required:
            raise ValueError(f"{operation.operation_id}: required query parameter {param.name} has no value")
        default = parameter_default(spec, param.schema)
        if default is not None:
            query[param.name] = wire(default)
    unknown = set(chosen) - {p.name for p in operation.parameters if p.location == "query"}
    if unknown:
        raise ValueError(f"{operation.operation_id}: unknown query parameters {sorted(unknown)}")
    return query


def exchange(
    operation: Operation,
    path: dict[str, str],
    query: dict[str, Any],
    status: int,
    body: Any,
    provenance: dict[str, str],
    *,
    request_headers: dict[str, str],
    response_headers: dict[str, str],
    request_body: Any = None,
) -> dict[str, Any]:
    """One fixture in the documented format (contract_tests/README.md)."""
    request: dict[str, Any] = {
        "method": operation.method,
        "path": operation.path,
        "pathParams": path,
        "query": query,
        "headers": dict(request_headers),
    }
    if request_body is not None:
        request["headers"]["Content-Type"] = "application/json"
        request["body"] = request_body
    return {
        "operationId": operation.operation_id,
        "request": request,
        "response": {"status": status, "headers": dict(response_headers), "body": body},
        "provenance": provenance,
    }
