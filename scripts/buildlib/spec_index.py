"""Derive the runtime index an SDK package ships as _spec_index.json.

The override layer reads it to validate parameters before a request and to page through listings, so its
behaviour follows the spec (whatever its operationIds, tags or schema layout) rather than a hand-kept list.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from . import specs
from .project import BuildError
from .specs import Spec, deref, operations

FIELD_PREFIX = "field_"  # openapi-python-client's default; configs here do not change it
# Largest page each paging style accepts when the spec does not say (O*NET documents 2000 per request;
# CareerOneStop documents no maximum and public clients page by up to 1000).
DEFAULT_MAX_PAGE = {"range": 2000, "offset": 1000}
CONSTRAINTS = ("type", "pattern", "minLength", "maxLength", "minimum", "maximum", "enum")


def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix=FIELD_PREFIX))


def effective_schema(spec: Spec, schema: Any) -> dict[str, Any]:
    """The spec library's fold (buildlib.specs.effective_schema): one rule set for every tool."""
    return specs.effective_schema(spec, schema)


def _parameters(spec: Spec, path_item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(spec, raw)
        schema = deref(spec, param.get("schema", {}))
        merged[(param["name"], param["in"])] = {
            "name": param["name"],
            "python_name": _python_name(param["name"]),
            "in": param["in"],
            "required": bool(param.get("required", False)),
            "schema": {k: schema[k] for k in CONSTRAINTS if k in schema},
            **({"page_size_max": param["x-onet-page-size-max"]} if "x-onet-page-size-max" in param else {}),
        }
    return list(merged.values())


def _ok_schema(spec: Spec, op: dict[str, Any]) -> dict[str, Any]:
    responses = op.get("responses", {})
    response = deref(spec, responses.get("200") or responses.get("201") or {})
    media = response.get("content", {}).get("application/json", {})
    return effective_schema(spec, media.get("schema", {}))


def _arrays(spec: Spec, schema: dict[str, Any]) -> list[str]:
    return [
        name
        for name, prop in schema.get("properties", {}).items()
        if deref(spec, prop).get("type") == "array" or "array" in (deref(spec, prop).get("type") or [])
    ]


def _page_max(params: dict[str, dict[str, Any]], size_param: str, style: str) -> int:
    param = params[size_param]
    return int(param.get("page_size_max") or param["schema"].get("maximum") or DEFAULT_MAX_PAGE[style])


def paging(spec: Spec, op: dict[str, Any], params: list[dict[str, Any]]) -> dict[str, Any] | None:
    """How an operation pages, or None. Declared x-pagination wins; otherwise the shape decides."""
    by_name = {p["name"]: p for p in params}
    body = _ok_schema(spec, op)
    props = body.get("properties", {})
    declared = op.get("x-pagination")
    if declared:
        offset, limit = declared["offsetParameter"], declared["limitParameter"]
        total, items = declared["totalField"], declared["itemsField"]
        return {
            "style": "offset",
            "start_param": by_name[offset]["python_name"],
            "size_param": by_name[limit]["python_name"],
            "first": int(declared.get("firstOffset", 0)),
            "max_page_size": _page_max(by_name, limit, "offset"),
            "total": _python_name(total),
            "items": [_python_name(items)],
        }
    arrays = _arrays(spec, body)
    if {"start", "end"} <= by_name.keys() and "total" in props and arrays:
        return {
            "style": "range",
            "start_param": "start",
            "size_param": "end",
            "first": 1,
            "max_page_size": _page_max(by_name, "end", "range"),
            "total": "total",
            "items": [_python_name(a) for a in arrays],
        }
    return None


def _shape(path: str) -> str:
    """A path template without parameter names (the generator renames them to Python names)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _module_urls(package_dir: Path) -> dict[tuple[str, str], str]:
    """Map (METHOD, path shape) to the generated module, read from each module's _get_kwargs."""
    found: dict[tuple[str, str], str] = {}
    for module in sorted((package_dir / "api").rglob("*.py")):
        if module.name == "__init__.py":
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            entries = {k.value: v for k, v in zip(node.keys, node.values, strict=True) if isinstance(k, ast.Constant)}
            if "method" in entries and "url" in entries:
                url = entries["url"]
                if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
                    url = url.func.value
                method = entries["method"]
                if isinstance(url, ast.Constant) and isinstance(method, ast.Constant):
                    dotted = ".".join(module.relative_to(package_dir).with_suffix("").parts)
                    found[(str(method.value).upper(), _shape(str(url.value)))] = dotted
                break
    return found


def build_index(spec: Spec, package_dir: Path) -> dict[str, Any]:
    modules = _module_urls(package_dir)
    entries = []
    for method, path, op in operations(spec):
        params = _parameters(spec, spec["paths"][path], op)
        confidence = op.get("x-onet-confidence") or op.get("x-careeronestop-confidence")
        entries.append(
            {
                "operation_id": op.get("operationId"),
                "method": method.upper(),
                "path": path,
                "module": modules.get((method.upper(), _shape(path))),
                "confidence": confidence,
                "parameters": params,
                "paging": paging(spec, op, params),
            }
        )
    unmapped = [f"{e['method']} {e['path']}" for e in entries if e["module"] is None]
    if unmapped:
        raise BuildError(f"no generated module found for {', '.join(unmapped)}")
    return {"title": spec.get("info", {}).get("title"), "operations": entries}
