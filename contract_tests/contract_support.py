"""Helpers for the contract tests: finding a fixture's generated operation and calling it with its values.

A fixture records a request on the wire (path template, path values, query strings). To replay it through
the SDK we need the generated module of the operation, the Python names of its parameters and their types.
The module and the names come from the package's spec index (the SDK's own record of the spec), the types
from the annotations of `sync_detailed`, and the 200 model from the return type the generated facade declares
(so a replay also checks that the facade's promise and the parser agree).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
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


@cache
def _facade_returns(package: str) -> dict[str, str]:
    """The facade's declared return type (the typed 200 body) of every operation, by "METHOD path"."""
    resources = importlib.import_module(f"{package}.resources")
    returns: dict[str, str] = {}
    for info in pkgutil.walk_packages(resources.__path__, prefix=f"{resources.__name__}."):  # namespaces, operations
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if isinstance(cls, type) and isinstance(vars(cls).get("_http"), str):
                returns[vars(cls)["_http"]] = str(inspect.get_annotations(cls.__call__).get("return"))
    return returns


def _success_model(package: str, method: str, path: str) -> tuple[str | None, bool]:
    """The model class a 200 body parses into (as the facade declares it), and whether the body is a list."""
    declared = _facade_returns(package).get(f"{method} {path}")
    if declared is None or not re.fullmatch(r"(list\[)?\w+\]?", declared):
        return None, False
    return declared.removeprefix("list[").removesuffix("]"), declared.startswith("list[")


def _index_entries(package: str) -> list[Any]:
    """The operations of the package's _spec_index.json, as the SDK itself reads them."""
    spec_index = importlib.import_module(f"{package}._core.spec_index")
    return list(spec_index.operations())


@cache
def generated_operation(package: str, method: str, spec_path: str) -> GeneratedOperation:
    """The generated operation for a spec method and path template; LookupError if there is none."""
    key = (method, normalized(spec_path))
    entry = next((op for op in _index_entries(package) if (op.method, normalized(op.path)) == key), None)
    if entry is None or not entry.module:
        raise LookupError(f"{package} has no generated operation for {method} {spec_path}")
    module = importlib.import_module(f"{package}.{entry.module}")
    names = {(p["in"], p["name"]): p["python_name"] for p in entry.parameters}
    wire_names = dict(zip(PLACEHOLDER.findall(entry.path), PLACEHOLDER.findall(spec_path), strict=True))
    success_class, is_list = _success_model(package, entry.method, entry.path)
    return GeneratedOperation(
        module=module,
        path_names={wire_names[name]: python for (where, name), python in names.items() if where == "path"},
        query_names={name: python for (where, name), python in names.items() if where == "query"},
        has_body="body" in inspect.signature(module.sync_detailed).parameters,
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


@cache
def _spec_path(api: str) -> Path:
    return load_apis()[api].spec_path


def checker_for(api: str) -> ApiChecker:
    """The strict checker of one API, built once per session (building one is costly)."""
    return checker_for_spec(_spec_path(api), api)
