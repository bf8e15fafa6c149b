"""Turn one API's authoring data into fixtures: the request from the plan and the spec, the body from its template.

An operation's plan is found by method and path (`GET /online/search`), so renaming an operationId renames
its fixture files and nothing else. The spec decides the rest at every run: the query a generated client sends
(declared defaults included), values of parameters the plan leaves out (the spec's examples first), which
listings page, the schema a body must fit, and the reference recorded in the provenance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml
from buildlib import memo
from buildlib.project import REPO_ROOT
from buildlib.specs import deref, effective_schema, parse_yaml, ref_of, schema_types
from driftlib.apis import REDACTED, USER_ID_PLACEHOLDER, ApiConfig
from driftlib.spec import Operation, Spec
from jsonschema import Draft202012Validator

from . import TOOL, TOOL_VERSION
from .engine import Engine
from .requests import MISSING, parameter_default, parameter_example, wire

DATA_ROOT = Path(__file__).resolve().parent
PLAN_SCHEMA = DATA_ROOT / "plan.schema.json"
SETTINGS_FILE = "api.yaml"
VOCABULARY_FILE = "vocabulary.yaml"


class AuthoringError(Exception):
    """The authoring data cannot be used as written; the message names the file or operation."""


@dataclass(frozen=True)
class ApiData:
    """One API's authoring data: settings, plans by `METHOD /path`, and its vocabulary."""

    name: str
    settings: dict[str, Any]
    plans: dict[str, dict[str, Any]]
    vocabulary: dict[str, list[Any]]
    files: dict[str, Path] = field(default_factory=dict)  # plan key -> file it came from


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AuthoringError(f"{path}: {exc}") from exc


def _parse(path: Path, text: str) -> Any:
    """A data file's content through the spec library's YAML loader (libyaml, once per content)."""
    try:
        return parse_yaml(text)
    except yaml.YAMLError as exc:
        raise AuthoringError(f"{path}: {exc}") from exc


def _read_yaml(path: Path) -> Any:
    """A settings or vocabulary file as data."""
    return _parse(path, _read_text(path))


@cache
def _plan_validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(PLAN_SCHEMA.read_text(encoding="utf-8")))


def _read_plan(path: Path) -> dict[str, Any]:
    """One plan file, checked against plan.schema.json; a valid content is parsed and checked once per process."""
    text = _read_text(path)
    return memo.remember("authoring-plan", memo.digest(text), lambda: _checked_plan(path, text))


def _checked_plan(path: Path, text: str) -> dict[str, Any]:
    """A plan's data when it fits plan.schema.json; AuthoringError naming the file and the first problem otherwise."""
    plan = _parse(path, text)
    errors = sorted(_plan_validator().iter_errors(plan), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        where = "/".join(map(str, errors[0].absolute_path)) or "(root)"
        raise AuthoringError(f"{path}: {where}: {errors[0].message}")
    result: dict[str, Any] = plan
    return result


def load_api_data(api: str, root: Path = DATA_ROOT) -> ApiData:
    """Read `<root>/<api>/`: api.yaml, vocabulary.yaml and one plan file per operation."""
    folder = root / api
    plans: dict[str, dict[str, Any]] = {}
    files: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name in (SETTINGS_FILE, VOCABULARY_FILE):
            continue
        plan = _read_plan(path)
        key = plan["operation"]
        if key in plans:
            raise AuthoringError(f"{path}: {key} is planned twice (also in {files[key].name})")
        plans[key], files[key] = plan, path
    return ApiData(
        name=api,
        settings=_read_yaml(folder / SETTINGS_FILE),
        plans=plans,
        vocabulary=_read_yaml(folder / VOCABULARY_FILE) or {},
        files=files,
    )


def plan_key(operation: Operation) -> str:
    """The key that finds an operation's plan: `METHOD /path`, stable across operationId renames."""
    return f"{operation.method} {operation.path}"


class Author:
    """Builds every fixture of one API from its data and its spec."""

    def __init__(self, config: ApiConfig, data: ApiData, spec: Spec) -> None:
        self.config = config
        self.data = data
        self.spec = spec
        self.document = spec.document
        self.engine = Engine(self.document, data.vocabulary)
        self.notices: list[str] = []
        self.spec_file = config.spec_path.resolve().relative_to(REPO_ROOT).as_posix()

    def fixtures(self) -> dict[str, dict[str, Any]]:
        """Every fixture of the spec's operations (success and planned variants), sorted by file name."""
        out: dict[str, dict[str, Any]] = {}
        for operation in self.spec.operations.values():
            plan = self.data.plans.get(plan_key(operation))
            if plan is None:
                self.notices.append(f"{plan_key(operation)}: no plan; request and body built from the spec")
                plan = {"operation": plan_key(operation)}
            out[f"{operation.operation_id}.json"] = self.success(operation, plan)
            for variant, detail in plan.get("variants", {}).items():
                out[f"{operation.operation_id}__{variant}.json"] = self.variant(operation, detail)
        planned = {plan_key(op) for op in self.spec.operations.values()}
        for key in sorted(set(self.data.plans) - planned):
            self.notices.append(f"{self.data.files[key].name}: {key} matches no operation of the spec; not used")
        return dict(sorted(out.items()))

    # --- requests -------------------------------------------------------------------------------------------

    def _parameters(self, operation: Operation) -> list[dict[str, Any]]:
        """The operation's parameters as written (examples included); an operation-level one wins."""
        item = deref(self.document, self.document["paths"][operation.path])
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for node in [*item.get("parameters", []), *operation.raw.get("parameters", [])]:
            param = deref(self.document, node)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def _unplanned(self, operation: Operation, param: dict[str, Any]) -> Any:
        """A value for a required parameter the plan leaves out: the spec's example, else the vocabulary."""
        example = parameter_example(self.document, param)
        if example is not MISSING:
            return example
        known = self.data.vocabulary.get(param["name"])
        if known:
            return known[0]
        raise AuthoringError(f"{plan_key(operation)}: no value for required parameter {param['name']!r}")

    def path_values(self, operation: Operation, chosen: dict[str, Any]) -> dict[str, str]:
        """Every path parameter's value as text; the secret one (CareerOneStop's userId) is its placeholder."""
        values: dict[str, str] = {}
        for param in self._parameters(operation):
            if param["in"] != "path":
                continue
            name = param["name"]
            if name == self.config.secret_path_param:
                values[name] = USER_ID_PLACEHOLDER
            else:
                values[name] = str(wire(chosen[name] if name in chosen else self._unplanned(operation, param)))
        return values

    def query(self, operation: Operation, chosen: dict[str, Any]) -> dict[str, str | list[str]]:
        """The query a generated client sends: chosen values plus every declared default, in spec order."""
        query: dict[str, str | list[str]] = {}
        declared = [p for p in self._parameters(operation) if p["in"] == "query"]
        for param in declared:
            name = param["name"]
            if name in chosen:
                query[name] = wire(chosen[name])
            elif param.get("required"):
                query[name] = wire(self._unplanned(operation, param))
            elif (default := parameter_default(self.document, param.get("schema", {}))) is not None:
                query[name] = wire(default)
        unknown = set(chosen) - {p["name"] for p in declared}
        if unknown:
            raise AuthoringError(f"{plan_key(operation)}: the spec declares no query parameter {sorted(unknown)}")
        return query

    def _request(self, operation: Operation, plan: dict[str, Any], query: dict[str, Any]) -> dict[str, Any]:
        headers = {"Accept": "application/json", self.config.auth_header: REDACTED}
        request: dict[str, Any] = {
            "method": operation.method,
            "path": operation.path,
            "pathParams": self.path_values(operation, plan.get("request", {}).get("path", {})),
            "query": query,
            "headers": headers,
        }
        if "body" in plan.get("request", {}):
            headers["Content-Type"] = "application/json"
            request["body"] = plan["request"]["body"]
        return request

    # --- responses ------------------------------------------------------------------------------------------

    def _schema(self, operation: Operation, status: int) -> tuple[dict[str, Any], str]:
        """The declared JSON schema for `status` and the reference provenance records for it."""
        declared = self.spec.declared_response(operation, status)
        if declared is None or declared.schema is None or declared.pointer is None:
            raise AuthoringError(f"{plan_key(operation)}: the spec declares no JSON body for status {status}")
        return declared.schema, f"{self.spec_file}{ref_of(declared.schema) or declared.pointer}"

    def _confidence(self, operation: Operation) -> str:
        keys = self.data.settings.get("confidence", [])
        return str(next((operation.raw[k] for k in keys if operation.raw.get(k)), "unrated"))

    def _provenance(self, operation: Operation, plan: dict[str, Any], reference: str, default_notes: str) -> Any:
        if plan.get("source") == "documentation-example":
            return {"source": "documentation-example", "seed": plan["seed"], "notes": plan["notes"]}
        notes = str(plan.get("notes", default_notes)).replace("{confidence}", self._confidence(operation))
        return {
            "source": "synthesized-from-reference",
            "reference": reference,
            "tool": TOOL,
            "toolVersion": TOOL_VERSION,
            "notes": notes,
        }

    def _body(self, operation: Operation, plan: dict[str, Any], schema: Any, query: dict[str, Any]) -> Any:
        if plan.get("source") == "documentation-example":
            return plan["body"]  # evidence: kept exactly as published
        body = plan["body"] if "body" in plan else self.engine.fill(schema)
        if self._paged(operation, plan) and isinstance(body, dict):
            body = {**self._window(operation, plan, schema, query), **body}
        notices: list[str] = []
        body = self.engine.fit(body, schema, (), notices)
        self.notices += [f"{plan_key(operation)}: {n}" for n in notices]
        return body

    def _paged(self, operation: Operation, plan: dict[str, Any]) -> dict[str, str] | None:
        """The range-paging parameter names when this body's window is derived (synthesized listings only)."""
        paging = self.data.settings.get("range_paging")
        derived = operation.raw.get("x-onet-paged") and plan.get("source") != "documentation-example"
        return paging if paging and derived else None

    def _items(self, schema: Any, body: Any) -> list[Any]:
        """The listed items of a paged body: its first member that the schema declares as an array."""
        if not isinstance(body, dict):
            return []
        for name, sub in effective_schema(self.document, schema).get("properties", {}).items():
            if name in body and "array" in schema_types(effective_schema(self.document, sub)):
                return list(body[name])
        return []

    def _window(self, operation: Operation, plan: dict[str, Any], schema: Any, query: dict[str, Any]) -> dict[str, Any]:
        """start/end/total/next of the first page, from the request, the number of items and the plan's total."""
        paging = self._paged(operation, plan)
        assert paging is not None
        count = len(self._items(schema, plan.get("body")))
        start = int(str(query.get(paging["start"], 1)))
        end = start + count - 1
        total = int(plan.get("total", max(end, 20)))
        window: dict[str, Any] = {"start": start, "end": end, "total": total}
        if total > end:
            rest = {k: v for k, v in query.items() if k not in (paging["start"], paging["end"])}
            rest.update({paging["start"]: str(end + 1), paging["end"]: str(end + count)})
            path = operation.path.format(**self.path_values(operation, plan.get("request", {}).get("path", {})))
            server = str(self.document["servers"][0]["url"]).rstrip("/")
            window["next"] = f"{server}{path}?{urlencode(rest, doseq=True)}"
        return window

    def _planned_query(self, operation: Operation, plan: dict[str, Any], schema: Any) -> dict[str, Any]:
        """The plan's query values; a derived listing asks for exactly as many items as its body shows."""
        chosen = dict(plan.get("request", {}).get("query", {}))
        paging = self._paged(operation, plan)
        if paging and paging["end"] not in chosen:
            start = int(str(chosen.get(paging["start"], 1)))
            chosen[paging["end"]] = str(start + len(self._items(schema, plan.get("body"))) - 1)
        return chosen

    def success(self, operation: Operation, plan: dict[str, Any]) -> dict[str, Any]:
        """The 200 exchange of one operation."""
        schema, reference = self._schema(operation, 200)
        query = self.query(operation, self._planned_query(operation, plan, schema))
        request = self._request(operation, plan, query)
        body = self._body(operation, plan, schema, query)
        notes = self.data.settings["notes"]
        return {
            "operationId": operation.operation_id,
            "request": request,
            "response": {"status": 200, "headers": dict(self.data.settings["response_headers"]), "body": body},
            "provenance": self._provenance(operation, plan, reference, notes),
        }

    def variant(self, operation: Operation, detail: dict[str, Any]) -> dict[str, Any]:
        """Another exchange of the operation (an error answer, say), as the plan's variant describes it."""
        status = int(detail["status"])
        schema, reference = self._schema(operation, status)
        query = self.query(operation, dict(detail.get("request", {}).get("query", {})))
        notices: list[str] = []
        body = self.engine.fit(detail["body"], schema, (), notices)
        self.notices += [f"{plan_key(operation)} ({status}): {n}" for n in notices]
        return {
            "operationId": operation.operation_id,
            "request": self._request(operation, detail, query),
            "response": {"status": status, "headers": dict(self.data.settings["response_headers"]), "body": body},
            "provenance": self._provenance(operation, detail, reference, detail.get("notes", "")),
        }
