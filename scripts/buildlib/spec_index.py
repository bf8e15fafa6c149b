"""Derive the runtime index an SDK package ships as _spec_index.json, from the spec alone.

The override layer reads it to validate parameters, page through listings, pick the server, send the
credentials and name the facade's namespaces and methods, so its behaviour follows the spec (whatever its
operationIds, tags or schema layout) rather than a hand-kept list. spec_index.schema.json describes the format;
INDEX_VERSION changes whenever a key changes meaning or disappears.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

from .assumed import ASSUMED
from .project import Api, BuildError
from .specs import Spec, deref, effective_schema, operations, ref_of, schema_types

INDEX_VERSION = 2
SCHEMA_PATH = Path(__file__).with_name("spec_index.schema.json")
DEFAULT_FIELD_PREFIX = "field_"  # openapi-python-client's default, used when a config does not set one
# Largest page each paging style accepts when the spec does not say (O*NET documents 2000 per request;
# CareerOneStop documents no maximum and public clients page by up to 1000).
DEFAULT_MAX_PAGE = {"range": 2000, "offset": 1000}
CONSTRAINTS = ("type", "pattern", "minLength", "maxLength", "minimum", "maximum", "enum")
# x-onet-paged's documented meaning: 1-based inclusive `start`/`end` query parameters, `total` in the body.
RANGE_PAGING = {"start_param": "start", "size_param": "end", "total": "total"}
MAX_ASSUMED_DEPTH = 12  # how deep into a body the assumed-field map looks (recursive schemas stop here)
SENTENCE_END = re.compile(r"\.(?=\s+[A-Z]|\s*$)")  # a full stop before a capital or the end; not "e.g. 15"


@dataclass(frozen=True)
class Naming:
    """How openapi-python-client names things for one config (its field prefix)."""

    field_prefix: str = DEFAULT_FIELD_PREFIX

    def python(self, name: str) -> str:
        return str(PythonIdentifier(name, prefix=self.field_prefix))

    def tag(self, op: dict[str, Any]) -> str:
        """The api/<tag> package the generator puts an operation in (its first tag)."""
        return str(PythonIdentifier((op.get("tags") or ["default"])[0], prefix="tag"))

    def module(self, method: str, path: str, op: dict[str, Any]) -> str:
        """The generated module of an operation, as the generator derives it from operationId or path."""
        if op.get("operationId") is None:
            name = generate_operation_id(path=UntrustedString(path), method=method, prefix=self.field_prefix)
        else:
            name = PythonIdentifier(op["operationId"], prefix=self.field_prefix)
        return f"api.{self.tag(op)}.{PythonIdentifier(name, self.field_prefix)}"


def first_sentence(text: str | None) -> str | None:
    """The opening sentence of a description, without its full stop."""
    if not text:
        return None
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip().rstrip(".") or None


def raw_parameters(spec: Spec, path_item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters with $refs resolved; an operation-level one replaces a path-level one."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(spec, raw)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


def _parameters(spec: Spec, naming: Naming, raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for param in raw:
        schema = deref(spec, param.get("schema", {}))
        entry: dict[str, Any] = {
            "name": param["name"],
            "python_name": naming.python(param["name"]),
            "in": param["in"],
            "required": bool(param.get("required", False)),
            "schema": {k: schema[k] for k in CONSTRAINTS if k in schema},
        }
        if "default" in schema:
            entry["default"] = schema["default"]  # what the generated signature passes when the caller did not
        if "x-onet-page-size-max" in param:
            entry["page_size_max"] = param["x-onet-page-size-max"]
        hint = first_sentence(param.get("description") or schema.get("description"))
        if "pattern" in schema and hint:
            entry["hint"] = hint
        result.append(entry)
    return result


def _ok_schema(spec: Spec, op: dict[str, Any]) -> dict[str, Any]:
    responses = op.get("responses", {})
    response = deref(spec, responses.get("200") or responses.get("201") or {})
    media = response.get("content", {}).get("application/json", {})
    return effective_schema(spec, media.get("schema", {}))


def _arrays(spec: Spec, schema: dict[str, Any]) -> list[str]:
    """Properties of a folded body schema that hold arrays (also nullable ones)."""
    return [
        name
        for name, prop in schema.get("properties", {}).items()
        if "array" in schema_types(effective_schema(spec, prop))
    ]


def _page_max(params: dict[str, dict[str, Any]], size_param: str, style: str) -> int:
    param = params[size_param]
    return int(param.get("page_size_max") or param["schema"].get("maximum") or DEFAULT_MAX_PAGE[style])


def _range(by_name: dict[str, dict[str, Any]], arrays: list[str], naming: Naming) -> dict[str, Any]:
    return {
        "style": "range",
        "start_param": by_name[RANGE_PAGING["start_param"]]["python_name"],
        "size_param": by_name[RANGE_PAGING["size_param"]]["python_name"],
        "first": 1,
        "max_page_size": _page_max(by_name, RANGE_PAGING["size_param"], "range"),
        "total": naming.python(RANGE_PAGING["total"]),
        "items": [naming.python(a) for a in arrays],
    }


def paging(
    spec: Spec, op: dict[str, Any], params: list[dict[str, Any]], naming: Naming, *, declared_range: bool
) -> dict[str, Any] | None:
    """How an operation pages, or None.

    x-pagination (offset) and x-onet-paged (range) decide; only a definition that uses neither extension
    anywhere (`declared_range` False) falls back to the shape: start/end parameters beside total and an array.
    """
    by_name = {p["name"]: p for p in params}
    body = _ok_schema(spec, op)
    props = body.get("properties", {})
    declared = op.get("x-pagination")
    if declared:
        offset, limit = declared["offsetParameter"], declared["limitParameter"]
        return {
            "style": "offset",
            "start_param": by_name[offset]["python_name"],
            "size_param": by_name[limit]["python_name"],
            "first": int(declared.get("firstOffset", 0)),
            "max_page_size": _page_max(by_name, limit, "offset"),
            "total": naming.python(declared["totalField"]),
            "items": [naming.python(declared["itemsField"])],
        }
    arrays = _arrays(spec, body)
    if declared_range:
        if not op.get("x-onet-paged"):
            return None
        if not arrays or not {RANGE_PAGING["start_param"], RANGE_PAGING["size_param"]} <= by_name.keys():
            return None  # marked paged, but without the window parameters or an items array there is nothing to page
        return _range(by_name, arrays, naming)
    if {RANGE_PAGING["start_param"], RANGE_PAGING["size_param"]} <= by_name.keys() and "total" in props and arrays:
        return _range(by_name, arrays, naming)
    return None


def sdk_names(op: dict[str, Any], method: str, path: str, naming: Naming) -> tuple[str, str]:
    """(namespace, method) of the facade: x-sdk-namespace / x-sdk-method, else first tag and operationId.

    The fallback keeps a published definition without our extensions usable: the namespace is the first tag,
    the method the operationId without a leading `<namespace>_`.
    """
    namespace = naming.python(op.get("x-sdk-namespace") or naming.tag(op))
    name = op.get("x-sdk-method")
    if not name:
        name = naming.python(op.get("operationId") or naming.module(method, path, op).rsplit(".", 1)[1])
        name = name.removeprefix(f"{namespace}_") or name
    return namespace, naming.python(name)


def _auth(spec: Spec, credentials: dict[str, str]) -> dict[str, Any] | None:
    """How the credential travels, from the spec's first security requirement and its securityScheme."""
    requirements = spec.get("security") or []
    schemes = spec.get("components", {}).get("securitySchemes", {})
    if not requirements or not requirements[0]:
        return None
    name = next(iter(requirements[0]))
    scheme = deref(spec, schemes.get(name))
    if scheme is None:
        raise BuildError(f"security requirement {name!r} has no entry in components.securitySchemes")
    if name not in credentials:
        raise BuildError(f"security scheme {name!r} has no environment variable in openapi/apis.toml [credentials]")
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
        header, prefix = scheme["name"], ""
    elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        header, prefix = "Authorization", "Bearer"
    else:
        raise BuildError(f"security scheme {name!r}: only header API keys and bearer tokens are supported")
    return {"scheme": name, "header": header, "prefix": prefix, "env": credentials[name]}


def _bound_parameters(spec: Spec, naming: Naming, credentials: dict[str, str]) -> list[dict[str, Any]]:
    """Path parameters that carry a credential (CareerOneStop's userId): the client fills them in."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    path_params = {
        p["name"]
        for _, path, op in operations(spec)
        for p in raw_parameters(spec, spec["paths"][path], op)
        if p["in"] == "path"
    }
    bound = []
    for name, env in sorted(credentials.items()):
        if name in schemes:
            continue
        if name not in path_params:
            raise BuildError(f"apis.toml credential {name!r} is neither a security scheme nor a path parameter")
        bound.append({"name": name, "python_name": naming.python(name), "env": env, "placeholder": f"{{{name}}}"})
    return bound


def _confidence(op: dict[str, Any]) -> str | None:
    found = op.get("x-onet-confidence") or op.get("x-careeronestop-confidence")
    return str(found) if found else None


def _not_found(spec: Spec, op: dict[str, Any]) -> dict[str, str]:
    """Status -> pattern of the API's "no such item" messages for that status (`x-sdk-not-found` on a response)."""
    found: dict[str, str] = {}
    for status, response in (op.get("responses") or {}).items():
        pattern = (deref(spec, response) or {}).get("x-sdk-not-found")
        if isinstance(pattern, str) and pattern:
            found[str(status)] = pattern
    return found


def _assumed_at(spec: Spec, schema: Any, at: tuple[str, ...], refs: tuple[str, ...], out: list[dict[str, Any]]) -> None:
    """Where, below `at`, objects hold fields that are expected but only assumed (x-assumed-required)."""
    ref = ref_of(schema)
    if ref in refs or len(at) > MAX_ASSUMED_DEPTH:
        return
    refs = (*refs, ref) if ref else refs
    folded = effective_schema(spec, schema)
    if "anyOf" in folded or "oneOf" in folded:
        return  # which variant a body is cannot be told here; the drift check judges it
    names = [n for n in folded.get(ASSUMED) or [] if isinstance(n, str)]
    if names:
        out.append({"at": list(at), "fields": names})
    for name, sub in (folded.get("properties") or {}).items():
        _assumed_at(spec, sub, (*at, name), refs, out)
    if "items" in folded:
        _assumed_at(spec, folded["items"], (*at, "*"), refs, out)


def assumed_required(spec: Spec, op: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """By status: the objects of the response body with assumed fields, so strict mode can still demand them."""
    result: dict[str, list[dict[str, Any]]] = {}
    for status, raw in (op.get("responses") or {}).items():
        response = deref(spec, raw)
        media = next((m for t, m in (response.get("content") or {}).items() if "json" in t), None)
        if not isinstance(media, dict) or "schema" not in media:
            continue
        found: list[dict[str, Any]] = []
        _assumed_at(spec, media["schema"], (), (), found)
        if found:
            result[str(status)] = found
    return result


def build_index(spec: Spec, api: Api, *, field_prefix: str = DEFAULT_FIELD_PREFIX) -> dict[str, Any]:
    """The index for one API, validated against spec_index.schema.json."""
    naming = Naming(field_prefix)
    declared_range = any(op.get("x-onet-paged") for _, _, op in operations(spec))
    entries: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], str] = {}
    for method, path, op in operations(spec):
        params = _parameters(spec, naming, raw_parameters(spec, spec["paths"][path], op))
        namespace, sdk_method = sdk_names(op, method, path, naming)
        where = f"{method.upper()} {path}"
        if (namespace, sdk_method) in seen:
            raise BuildError(f"{where} and {seen[(namespace, sdk_method)]} both map to {namespace}.{sdk_method}")
        seen[(namespace, sdk_method)] = where
        not_found = _not_found(spec, op)
        entries.append(
            {
                **({"not_found": not_found} if not_found else {}),
                "operation_id": op.get("operationId") or naming.module(method, path, op).rsplit(".", 1)[1],
                "method": method.upper(),
                "path": path,
                "module": naming.module(method, path, op),
                "namespace": namespace,
                "sdk_method": sdk_method,
                "summary": op.get("summary") or first_sentence(op.get("description")) or "",
                "confidence": _confidence(op),
                "parameters": params,
                "paging": paging(spec, op, params, naming, declared_range=declared_range),
                "assumed_required": assumed_required(spec, op),
            }
        )
    servers = spec.get("servers") or [{}]
    tags = {naming.python(t["name"]): t.get("description", "") for t in spec.get("tags", [])}
    index = {
        "index_version": INDEX_VERSION,
        "title": spec.get("info", {}).get("title"),
        "base_url": str(servers[0]["url"]).rstrip("/") if servers[0].get("url") else None,
        "auth": _auth(spec, api.credentials),
        "bound_parameters": _bound_parameters(spec, naming, api.credentials),
        "log_env": api.log_env,
        "namespaces": {ns: tags.get(ns, "") for ns in sorted({str(e["namespace"]) for e in entries})},
        "operations": entries,
    }
    jsonschema.validate(index, index_schema())
    return index


@cache
def index_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema
