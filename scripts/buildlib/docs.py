"""Docstring text the stock generator cannot write: parameter descriptions, constraints, warnings, Raises.

openapi-python-client documents a parameter from its schema only, so a description on the parameter object
is lost, and its "Raises" names errors the SDK clients never raise. The endpoint template and the facade
both read their docstrings from here, so the two agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .spec_index import raw_parameters
from .specs import Spec, deref, operations

WEAK_CONFIDENCE = ("guess", "inferred-from-v1.9")
# Declared status -> the SDK error it becomes (overrides/_core/errors.py status_error says the same in code).
STATUS_ERRORS = {
    "400": ("BadRequestError", "the API rejected the arguments (HTTP 400)"),
    "401": ("AuthenticationError", "the credentials were refused (HTTP 401/403)"),
    "403": ("AuthenticationError", "the credentials were refused (HTTP 401/403)"),
    "404": ("NotFoundError", "nothing at that path or code (HTTP 404; NoDataError for an empty result)"),
    "422": ("ValidationError", "the API found an argument invalid (HTTP 422; `.detail` holds its message)"),
    "429": ("RateLimitError", "too many requests, after retries (HTTP 429; `.retry_after`)"),
}
# An operation whose spec gives x-sdk-not-found (O*NET's 422 for an unknown code) also raises this NotFoundError.
NOT_FOUND_BY_MESSAGE = (
    "UnknownIdentifierError",
    "an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError",
)
ALWAYS_RAISED = (
    ("InvalidParameterError", "an argument breaks the spec's constraints; raised before any request"),
    ("ServerError", "HTTP 5xx after retries"),
    ("APITimeoutError", "no response within the client's timeout, after retries"),
    ("APIConnectionError", "the connection failed, after retries"),
    ("UndecodableResponseError", "a 2xx body that is not the declared JSON"),
)


def shape(method: str, path: str) -> tuple[str, str]:
    """(METHOD, path without parameter names): the generator renames path parameters to Python names."""
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def untrusted(value: Any) -> str:
    """The plain text of an openapi-python-client UntrustedString (or a str)."""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def _text(value: Any) -> str:
    """A spec value as Python spells it (True, None, 'Y'), since the docstrings are read by Python users."""
    return repr(value)


def parameter_text(spec: Spec, param: dict[str, Any]) -> str:
    """One paragraph: the description, then allowed values, default and constraints."""
    schema = deref(spec, param.get("schema", {})) or {}
    parts = [str(param.get("description") or schema.get("description") or "").strip()]
    items = deref(spec, schema.get("items", {})) if schema.get("type") == "array" else {}
    enum = schema.get("enum") or (items or {}).get("enum")
    if enum:
        parts.append(f"One of: {', '.join(_text(v) for v in enum)}.")
    if "default" in schema:
        parts.append(f"Default: {_text(schema['default'])}.")
    elif param.get("x-onet-default"):
        parts.append(f"Default: {param['x-onet-default']}.")
    limits = []
    if "pattern" in schema:
        limits.append(f"pattern {schema['pattern']}")
    for key, word in (("minLength", "min length"), ("maxLength", "max length"), ("minimum", "min"), ("maximum", "max")):
        if key in schema:
            limits.append(f"{word} {schema[key]}")
    if param.get("x-onet-page-size-max"):
        limits.append(f"at most {param['x-onet-page-size-max']} results per request")
    if limits:
        parts.append(f"Constraints: {'; '.join(limits)}.")
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class OperationDoc:
    """What one operation's docstrings add to the generator's."""

    warning: str
    parameters: dict[str, str]  # python name -> text
    raises: tuple[tuple[str, str], ...]

    def parameter(self, python_name: str) -> str:
        return self.parameters.get(python_name, "")


def _warning(op: dict[str, Any], confidence: str | None) -> str:
    candidates = op.get("x-onet-path-candidates") or []
    if confidence not in WEAK_CONFIDENCE and not candidates:
        return ""
    text = f"Warning: unverified path (confidence: {confidence or 'unknown'})."
    if candidates[1:]:
        text += f" If it answers 404, the alternatives are {', '.join(candidates[1:])}."
    return text


def response_type(endpoint: Any) -> Any:
    """The endpoint's response union without the `Any` of declared responses that have no body.

    openapi-python-client types a bodiless 401/429 as `Any`, which swallows the whole union
    (`Any | Error | Model`); such a response parses to None, which `Response.parsed` and `sync()` already allow.
    """
    from openapi_python_client.strings import PythonCode

    typed = sorted(
        {
            response.prop.get_type_string().as_unembedded_code()
            for response in endpoint.responses
            if getattr(response.data, "content", None) is not None
            or response.prop.get_type_string().as_unembedded_code() != "Any"
        }
    )
    return PythonCode(" | ".join(typed)) if typed else endpoint.response_type()


MAX_ASSUMED_NAMED = 8  # fields an operation docstring names before it says "and N more"


def assumed_text(entry: dict[str, Any]) -> str:
    """One sentence naming the response fields the spec only assumes (the index's assumed_required), or ""."""
    names: list[str] = []
    for spots in entry.get("assumed_required", {}).values():
        for spot in spots:
            where = "".join("[*]" if step == "*" else f".{step}" for step in spot["at"]).lstrip(".")
            names += [f"{where}.{f}" if where else f for f in spot["fields"] if f not in names]
    names = list(dict.fromkeys(names))
    if not names:
        return ""
    shown = ", ".join(f"`{n}`" for n in names[:MAX_ASSUMED_NAMED])
    more = f" and {len(names) - MAX_ASSUMED_NAMED} more" if len(names) > MAX_ASSUMED_NAMED else ""
    return (
        f"Assumed response fields (no real body or documentation shows them; optional in the model, a missing one "
        f"is logged as drift and raises with strict_responses=True): {shown}{more}."
    )


class OperationDocs:
    """Docstring facts for every operation of a spec, looked up by method and path."""

    def __init__(self, spec: Spec, index: dict[str, Any]) -> None:
        self._by_key: dict[tuple[str, str], OperationDoc] = {}
        self._tags = {str(t["name"]).lower(): str(t.get("description") or "") for t in spec.get("tags", [])}
        entries = {(e["method"], e["path"]): e for e in index["operations"]}
        for method, path, op in operations(spec):
            entry = entries[(method.upper(), path)]
            python_names = {p["name"]: p["python_name"] for p in entry["parameters"]}
            texts = {
                python_names[p["name"]]: parameter_text(spec, p) for p in raw_parameters(spec, spec["paths"][path], op)
            }
            declared = sorted(str(code) for code in op.get("responses", {}))
            raises = dict(ALWAYS_RAISED[:1])
            raises.update(STATUS_ERRORS[c] for c in declared if c in STATUS_ERRORS)
            if entry.get("not_found"):  # a status whose "no such item" messages the spec describes
                raises.update([NOT_FOUND_BY_MESSAGE])
            raises.update(ALWAYS_RAISED[1:])
            self._by_key[shape(method, path)] = OperationDoc(
                warning=" ".join(t for t in (_warning(op, entry["confidence"]), assumed_text(entry)) if t),
                parameters=texts,
                raises=tuple(raises.items()),
            )

    response_type = staticmethod(response_type)

    def tag_description(self, tag: str) -> str:
        """The spec's description of a tag, given the generator's (snake_case) tag name."""
        return self._tags.get(str(tag).lower(), "")

    def for_endpoint(self, endpoint: Any) -> OperationDoc:
        """The doc of a parsed openapi-python-client Endpoint."""
        return self._by_key[shape(str(endpoint.method), untrusted(endpoint.path))]
