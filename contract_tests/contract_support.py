"""Helpers for the contract tests: finding a fixture's generated operation and calling it with its values.

A fixture records a request on the wire (path template, path values, query strings). To replay it through
the SDK we need the generated module of the operation, the Python names of its parameters and their types.
All three are read from the generated code itself: the module whose `_get_kwargs` builds the fixture's method
and path, the `params["wire"] = python_name` assignments in it, and the annotations of `sync_detailed`.
"""

from __future__ import annotations

import ast
import enum
import importlib
import importlib.util
import inspect
import re
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin
from urllib.parse import unquote

from driftlib.apis import load_apis
from driftlib.validate import ApiChecker, checker_for_spec

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "contract_tests" / "fixtures"
PLACEHOLDER = re.compile(r"\{([^}]+)\}")


def ensure_packages_importable() -> None:
    """Use the committed generated_client/ when the packages are not installed (plain pytest runs)."""
    if importlib.util.find_spec("onet_client") is None:
        sys.path.insert(0, str(ROOT / "generated_client"))


def normalized(template: str) -> str:
    return PLACEHOLDER.sub("{}", template)


@dataclass(frozen=True)
class GeneratedOperation:
    """What the contract tests need to know about one generated operation module."""

    module: types.ModuleType
    path_names: dict[str, str]  # wire name -> Python argument name
    query_names: dict[str, str]
    has_body: bool
    success_class: str | None  # model class parsed for 200
    success_is_list: bool

    def annotation(self, python_name: str) -> Any:
        return inspect.signature(self.module.sync_detailed).parameters[python_name].annotation


def _kwargs_function(tree: ast.Module) -> ast.FunctionDef:
    return next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")


def _method_and_url(func: ast.FunctionDef) -> tuple[str, str]:
    for node in ast.walk(func):
        if isinstance(node, ast.Dict):
            entries = {
                k.value: val for k, val in zip(node.keys, node.values, strict=True) if isinstance(k, ast.Constant)
            }
            if "method" in entries and "url" in entries:
                method = entries["method"]
                url = entries["url"]
                if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
                    url = url.func.value
                assert isinstance(method, ast.Constant) and isinstance(url, ast.Constant)
                return str(method.value).upper(), str(url.value)
    raise LookupError("no method/url in _get_kwargs")


def _query_names(func: ast.FunctionDef) -> dict[str, str]:
    arguments = {a.arg for a in [*func.args.args, *func.args.kwonlyargs]}
    names: dict[str, str] = {}
    for node in ast.walk(func):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        if not (
            isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and target.value.id == "params"
        ):
            continue
        if isinstance(target.slice, ast.Constant) and isinstance(node.value, ast.Name):
            source = node.value.id
            if source not in arguments and source.startswith("json_") and source[5:] in arguments:
                source = source[5:]
            names[str(target.slice.value)] = source
    return names


def _success_model(source: str) -> tuple[str | None, bool]:
    match = re.search(r"if response\.status_code == 200:(.*?)return response_200", source, re.S)
    if not match:
        return None, False
    block = match.group(1)
    model = re.search(r"(\w+)\.from_dict\(", block)
    return (model.group(1) if model else None), "response_200 = []" in block


@cache
def operation_index(package: str) -> dict[tuple[str, str], str]:
    """(METHOD, normalized url) -> module name, for every generated operation of `package`."""
    root = Path(importlib.import_module(package).__file__ or "").parent / "api"
    index: dict[tuple[str, str], str] = {}
    for path in sorted(root.rglob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        try:
            method, url = _method_and_url(_kwargs_function(tree))
        except (StopIteration, LookupError):
            continue
        module = ".".join([package, *path.relative_to(root.parent).with_suffix("").parts])
        index[(method, normalized(url))] = module
    return index


@cache
def generated_operation(package: str, method: str, spec_path: str) -> GeneratedOperation:
    """The generated operation for a spec method and path template; LookupError if there is none."""
    name = operation_index(package).get((method, normalized(spec_path)))
    if name is None:
        raise LookupError(f"{package} has no generated operation for {method} {spec_path}")
    module = importlib.import_module(name)
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    func = _kwargs_function(ast.parse(source))
    _, url = _method_and_url(func)
    wire_path = PLACEHOLDER.findall(spec_path)
    python_path = PLACEHOLDER.findall(url)
    success_class, is_list = _success_model(source)
    return GeneratedOperation(
        module=module,
        path_names=dict(zip(wire_path, python_path, strict=True)),
        query_names=_query_names(func),
        has_body="body" in {a.arg for a in func.args.kwonlyargs},
        success_class=success_class,
        success_is_list=is_list,
    )


def _value_types(annotation: Any) -> list[Any]:
    union = get_origin(annotation) in (Union, types.UnionType)
    members = list(get_args(annotation)) if union else [annotation]
    return [m for m in members if m is not type(None) and getattr(m, "__name__", "") != "Unset"]


def convert(value: str | list[str], annotation: Any) -> Any:
    """A wire value (string, or list of strings) as the Python value the generated function expects."""
    for kind in _value_types(annotation):
        origin = get_origin(kind)
        if origin is Literal:
            match = [arg for arg in get_args(kind) if str(arg) == value]
            if match:
                return match[0]
            continue
        if origin is list:
            (item,) = get_args(kind) or (str,)
            values = value if isinstance(value, list) else [value]
            return [convert(v, item) for v in values]
        if isinstance(value, list):
            continue
        if kind is bool:
            return value == "true"
        if kind is int:
            return int(value)
        if kind is float:
            return float(value)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            for member in kind:
                if str(member.value) == value:
                    return member
            raise ValueError(f"{value!r} is not a value of {kind.__name__}")
        if kind is str:
            return value
    raise TypeError(f"cannot convert {value!r} for annotation {annotation!r}")


def call_arguments(op: GeneratedOperation, request: dict[str, Any], path_overrides: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the generated function (without client=) from a fixture's request."""
    kwargs: dict[str, Any] = {}
    for wire, value in request["pathParams"].items():
        python = op.path_names[wire]
        kwargs[python] = path_overrides[wire] if wire in path_overrides else convert(value, op.annotation(python))
    for wire, value in request["query"].items():
        python = op.query_names[wire]
        kwargs[python] = convert(value, op.annotation(python))
    if op.has_body:
        body_type = _value_types(op.annotation("body"))[0]
        kwargs["body"] = body_type.from_dict(request["body"])
    return kwargs


def fill_path(template: str, values: dict[str, str]) -> str:
    """The decoded request path for a template and its values."""
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def request_query(url_query: list[tuple[str, str]]) -> dict[str, str | list[str]]:
    """A request's query in the fixture's shape: single values as strings, repeated keys as lists."""
    grouped: dict[str, list[str]] = {}
    for key, value in url_query:
        grouped.setdefault(unquote(key), []).append(value)
    return {k: v[0] if len(v) == 1 else v for k, v in grouped.items()}


def additional_properties(value: Any, path: str = "$") -> Iterator[str]:
    """JSON-ish paths of every model in a parsed tree whose additional_properties caught unknown keys.

    Two kinds of model hold their content there by design and are skipped: models of schemas that declare
    additionalProperties with a schema (maps such as database rows; the field is typed dict[str, <type>]
    rather than dict[str, Any]), and models of schemas that name no properties at all (placeholders for a
    shape nobody has observed, which the strict spec copy leaves open too).
    """
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None and [f.name for f in fields] == ["additional_properties"]:
        for key, child in value.additional_properties.items():
            yield from additional_properties(child, f"{path}.{key}")
    elif fields is not None:
        for field in fields:
            child = getattr(value, field.name)
            if field.name == "additional_properties":
                if child and str(field.type).replace(" ", "") in ("dict[str,Any]", "dict[str,typing.Any]"):
                    yield f"{path} ({', '.join(sorted(child))})"
                continue
            yield from additional_properties(child, f"{path}.{field.name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from additional_properties(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from additional_properties(item, f"{path}.{key}")


def checker_for(api: str) -> ApiChecker:
    """The strict checker of one API, built once per session (building one is costly)."""
    config = load_apis()[api]
    return checker_for_spec(config.spec_path, api)
