"""The package's _spec_index.json: operations, parameter constraints and paging, derived from the spec.

scripts/build.py writes the index at generation time; this module looks operations up and checks
arguments against the spec before any request leaves the machine.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from .errors import InvalidParameterError, UsageError

PACKAGE = __name__.rsplit(".", 2)[0]
INDEX_VERSION = 2  # the format this module reads (scripts/buildlib/spec_index.schema.json)


@dataclass(frozen=True)
class Paging:
    """How one operation pages: 'range' (O*NET start/end, 1-based) or 'offset' (CareerOneStop)."""

    style: str
    start_param: str
    size_param: str
    first: int
    max_page_size: int
    total: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    module: str | None
    parameters: tuple[dict[str, Any], ...]
    paging: Paging | None
    literal_segments: int
    namespace: str = ""
    sdk_method: str = ""
    summary: str = ""
    confidence: str | None = None
    not_found: tuple[tuple[int, str], ...] = ()  # status -> pattern of the API's "no such item" messages
    # By response status: (keys from the body's root, "*" for every item; fields expected there but only assumed).
    assumed: Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The method as callers write it: `online.search_occupations` (the operationId when it has no namespace)."""
        return f"{self.namespace}.{self.sdk_method}" if self.namespace and self.sdk_method else self.operation_id

    def describe(self) -> str:
        return f"{self.name} ({self.method} {self.path})"

    def call(self, arguments: Mapping[str, Any]) -> str:
        """The call as written: `online.search_occupations(keyword='')`, arguments by their Python names."""
        return f"{self.name}({', '.join(f'{name}={value!r}' for name, value in arguments.items())})"

    @property
    def pattern(self) -> re.Pattern[str]:
        """The regex of concrete paths of this template, compiled on first use (most calls never match a path)."""
        return _pattern(self.path)


@cache
def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join(f"(?P<p{i}>[^/]*)" if part.startswith("{") else re.escape(part) for i, part in enumerate(parts))
    return re.compile(f"^{regex}$")


def _literal_segments(path: str) -> int:
    return sum(1 for s in path.split("/") if s and not s.startswith("{"))


@cache
def index() -> dict[str, Any]:
    """The package's _spec_index.json, read once; the only place that opens it."""
    with open(os.path.join(os.path.dirname(os.path.dirname(__file__)), "_spec_index.json"), "rb") as file:
        data: dict[str, Any] = json.load(file)  # beside the package's modules (no importlib.resources: 5 ms)
    if data.get("index_version") != INDEX_VERSION:
        raise RuntimeError(f"{PACKAGE}/_spec_index.json has version {data.get('index_version')}, not {INDEX_VERSION}")
    return data


@cache
def operations() -> tuple[Operation, ...]:
    data = index()
    result = []
    for entry in data["operations"]:
        paging = entry["paging"]
        result.append(
            Operation(
                operation_id=entry["operation_id"],
                method=entry["method"],
                path=entry["path"],
                module=entry["module"],
                parameters=tuple(entry["parameters"]),
                paging=Paging(**{**paging, "items": tuple(paging["items"])}) if paging else None,
                literal_segments=_literal_segments(entry["path"]),
                namespace=entry["namespace"],
                sdk_method=entry["sdk_method"],
                summary=entry["summary"],
                confidence=entry["confidence"],
                not_found=tuple(sorted((int(code), pattern) for code, pattern in entry.get("not_found", {}).items())),
                assumed={
                    status: tuple((tuple(spot["at"]), tuple(spot["fields"])) for spot in spots)
                    for status, spots in entry.get("assumed_required", {}).items()
                },
            )
        )
    # Most literal segments first: /online/stem_occupations/all wins over /online/stem_occupations/{code}.
    return tuple(sorted(result, key=lambda op: -op.literal_segments))


def for_module(module: ModuleType) -> Operation:
    """The operation a generated module implements; TypeError for anything else."""
    name = getattr(module, "__name__", repr(module))
    prefix = f"{PACKAGE}."
    if not name.startswith(prefix):
        raise UsageError(f"{name} is not an operation module of {PACKAGE} (pass e.g. {PACKAGE}.api.<tag>.<operation>)")
    for op in operations():
        if op.module == name.removeprefix(prefix):
            return op
    raise UsageError(f"{name} is not a generated operation of {PACKAGE}")


def match(method: str, path: str) -> Operation | None:
    for op in operations():
        if op.method == method and op.pattern.match(path):
            return op
    return None


@cache
def _by_route() -> dict[tuple[str, str], Operation]:
    """Operations by HTTP method and path template: an operation's identity whatever its operationId is spelt."""
    return {(op.method, op.path): op for op in operations()}


def for_request(method: str, sdk: Mapping[str, Any] | None) -> Operation | None:
    """The operation a request was made for, from the request metadata the generated code attaches."""
    if not sdk:
        return None
    return _by_route().get((method.upper(), str(sdk.get("path_template"))))


@cache
def credential_envs() -> tuple[str, ...]:
    """The environment variables holding the API's credentials (from securitySchemes + apis.toml)."""
    data = index()
    envs = [str(data["auth"]["env"])] if data["auth"] else []
    return (*envs, *(str(bound["env"]) for bound in data["bound_parameters"]))


def _as_text(value: Any) -> str:
    """A parameter value as it goes on the wire (booleans as true/false, like the generated code's httpx)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _check(op: Operation, param: dict[str, Any], raw: str, called: Callable[[], str]) -> None:
    schema = param["schema"]

    def fail(problem: str) -> None:
        where = f"{called()}: parameter `{param['python_name']}`"
        text = f"{where} {problem}" if problem.startswith("must ") else f"{where}: {problem}"
        raise InvalidParameterError(text, parameter=param["python_name"], operation=op.name)

    if param["in"] == "path":
        if not raw.strip():
            fail("must not be empty (it is a path segment)")
        if raw in (".", ".."):
            fail(f"{raw!r} is not allowed: a dot segment would change the path")
        if "/" in raw or "\\" in raw:
            fail(f"{raw!r} contains a slash; a path segment cannot")
    elif schema.get("type") == "string" and not raw.strip() and schema.get("minLength"):
        fail("must not be empty")
    pattern = schema.get("pattern")
    if pattern and not re.fullmatch(pattern, raw, re.ASCII):
        hint = f" ({param['hint']})" if param.get("hint") else ""
        fail(f"{raw!r} does not match {pattern}{hint}")
    if "minLength" in schema and len(raw) < schema["minLength"]:
        fail(f"{raw!r} is shorter than {schema['minLength']} characters")
    if "maxLength" in schema and len(raw) > schema["maxLength"]:
        fail(f"{raw!r} is longer than {schema['maxLength']} characters")
    if "enum" in schema and raw not in [_as_text(v) for v in schema["enum"]]:
        fail(f"{raw!r} is not one of {', '.join(map(str, schema['enum']))}")
    if schema.get("type") == "integer":
        if not re.fullmatch(r"[+-]?[0-9]+", raw.strip(), re.ASCII):
            fail(f"{raw!r} is not an integer")
        number = int(raw)
        if "minimum" in schema and number < schema["minimum"]:
            fail(f"{number} is below the minimum {schema['minimum']}")
        if "maximum" in schema and number > schema["maximum"]:
            fail(f"{number} is above the maximum {schema['maximum']}")


def _check_range(op: Operation, query: dict[str, str], called: Callable[[], str]) -> None:
    paging = op.paging
    if paging is None or paging.style != "range" or paging.start_param not in query or paging.size_param not in query:
        return
    start, end = int(query[paging.start_param]), int(query[paging.size_param])
    problem = None
    if end < start:
        problem = f"end ({end}) is before start ({start})"
    elif end - start + 1 > paging.max_page_size:
        problem = f"start..end spans {end - start + 1} results; one page holds at most {paging.max_page_size}"
    if problem:
        raise InvalidParameterError(f"{called()}: {problem}", parameter="end", operation=op.name)


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def _is_bound(param: Mapping[str, Any], text: str) -> bool:
    """The value is the placeholder of the path segment it fills (the client's bound userId), not an argument."""
    return bool(param["in"] == "path" and text == "{" + param["name"] + "}")


def _arguments(op: Operation, given: Mapping[tuple[str, str], Any], placeholders: Mapping[str, str]) -> dict[str, Any]:
    """The arguments the caller passed, by Python name: no unset ones, no bound parameter the client filled in."""
    shown: dict[str, Any] = {}
    for param in op.parameters:
        value = given.get((param["in"], param["name"]), _ABSENT)
        filled_in = _as_text(value) in placeholders and _is_bound(param, _as_text(value))
        defaulted = value == param.get("default", _ABSENT)  # the generated signature's default, not the caller's
        if value is _ABSENT or _is_unset(value) or filled_in or defaulted:
            continue
        shown[param["python_name"]] = list(value) if isinstance(value, tuple) else value
    return shown


_ABSENT = object()


def validate_call(method: str, sdk: Mapping[str, Any], placeholders: Mapping[str, str] = {}) -> Operation:
    """Check one call's raw arguments (the generated request metadata) against its operation in the spec.

    `placeholders` are the values the client substitutes later ("{userId}"): allowed only for the path parameter
    whose template segment they are, rejected anywhere else so a caller's value can never receive a secret.
    """
    operation_id = str(sdk.get("operation_id"))
    op = _by_route().get((method.upper(), str(sdk.get("path_template"))))
    if op is None:
        raise InvalidParameterError(
            f"{operation_id} ({method.upper()} {sdk.get('path_template')}) is not an operation of {PACKAGE} "
            "(stale generated code?)",
            parameter="operation_id",
            operation=operation_id,
        )
    given = {("path", k): v for k, v in (sdk.get("path_params") or {}).items()}
    given.update({("query", k): v for k, v in (sdk.get("query_params") or {}).items()})

    def called() -> str:  # the call as written, for an error message only: not formatted when the call is fine
        return op.call(_arguments(op, given, placeholders))

    query_text: dict[str, str] = {}
    for param in op.parameters:
        key = (param["in"], param["name"])
        if key not in given:
            continue
        value = given[key]
        if value is None or _is_unset(value):
            if param["required"] or param["in"] == "path":
                raise InvalidParameterError(
                    f"{called()}: parameter `{param['python_name']}` is required; got None",
                    parameter=param["python_name"],
                    operation=op.name,
                )
            continue
        values = value if isinstance(value, list | tuple) else [value]
        for one in values:
            text = _as_text(one)
            if text in placeholders and not _is_bound(param, text):
                raise InvalidParameterError(
                    f"{called()}: parameter `{param['python_name']}`: {text!r} is reserved for the client's bound "
                    "value and cannot be passed as an argument",
                    parameter=param["python_name"],
                    operation=op.name,
                )
            _check(op, param, text, called)
            if param["in"] == "query":
                query_text[param["name"]] = text
    _check_range(op, query_text, called)
    return op


def _objects_at(body: Any, at: tuple[str, ...], path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects the keys `at` lead to in a body, with their JSON paths ("*" and [*]: every item of an array)."""
    if not at:
        if isinstance(body, dict):
            yield path, body
        return
    step, rest = at[0], at[1:]
    if step == "*" and isinstance(body, list):
        for item in body:
            yield from _objects_at(item, rest, f"{path}[*]")
    elif step != "*" and isinstance(body, dict) and step in body:
        yield from _objects_at(body[step], rest, f"{path}.{step}")


def assumed_absent(method: str, path_template: str, status: int, body: Any) -> list[str]:
    """JSON paths of fields the spec expects but only assumes (x-assumed-required) that the body lacks, once each."""
    op = _by_route().get((method.upper(), path_template))
    if op is None or not op.assumed:
        return []
    spots = op.assumed.get(str(status)) or op.assumed.get(f"{status // 100}XX") or op.assumed.get("default") or ()
    missing: dict[str, None] = {}
    for at, fields in spots:
        for where, obj in _objects_at(body, at):
            missing.update((f"{where}.{name}", None) for name in fields if name not in obj)
    return list(missing)
