"""Tolerant response parsing: keep what the server sent, report how it differs from the spec.

The generated `_parse_response` of every operation calls `parse()`. The body is decoded once (the transport
already did it and left the result on the response). A body the declared model cannot hold at all raises one
ResponseValidationError naming the JSON path; every difference the model tolerated (an enum value the spec does
not list, an unknown field, a value of another type, a null) is logged once per operation, path and kind at
WARNING on the package logger, or raised when the client has `strict_responses=True`.

The generated from_dict checks each value as it builds the model and notes any difference (`models.drifted`);
only then does parse() walk the parsed models to find where and what (a conforming body is never walked).
"""

from __future__ import annotations

import functools
import importlib
import json
import logging
import operator
import re
import threading
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

import attrs
import httpx

from .errors import Deviation, ResponseValidationError, UndecodableResponseError
from .models import _NOT_FIELDS, decoding, drift_count  # _NOT_FIELDS: what attrs lists but the body never names
from .redaction import redactor_of
from .spec_index import PACKAGE, assumed_absent, for_request

# Deviation kinds: the drift monitor's vocabulary (scripts/buildlib/kinds.py), so a warning in a user's log and a
# finding in a drift report name the same thing the same way (tests/sdk/test_tolerance.py checks the names).
FIELD_ADDED = "field-added"
FIELD_REMOVED = "field-removed"
TYPE_CHANGED = "type-changed"
BECAME_NULLABLE = "became-nullable"
ENUM_WIDENED = "enum-widened"
KINDS = frozenset({FIELD_ADDED, FIELD_REMOVED, TYPE_CHANGED, BECAME_NULLABLE, ENUM_WIDENED})

LOGGER = logging.getLogger(PACKAGE)
BODY_EXTENSION = "sdk.json"  # where the transport leaves the decoded body on a response
SDK_EXTENSION = "sdk"  # the request metadata the generated _get_kwargs attaches (operation, template, params)
MAX_DEVIATIONS = 20
ASSUMED_ABSENT = "a value (assumed field: no real body or documentation shows it; spec x-assumed-required)"


class UnknownEnumValue(str):
    """A string the server sent for an enum whose spec does not list it (kept as sent, reported as drift)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnknownEnumValue({str.__repr__(self)})"


class UnknownEnumInt(int):
    """An integer the server sent for an enum whose spec does not list it (kept as sent, reported as drift)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnknownEnumInt({int.__repr__(self)})"


def unknown_str(value: object) -> UnknownEnumValue:
    """Keep an unlisted string enum value; anything but a string cannot be held (TypeError)."""
    if isinstance(value, str):
        return UnknownEnumValue(value)
    raise TypeError(f"expected a string enum value, seen {_json_type(value)}")


def unknown_int(value: object) -> UnknownEnumInt:
    """Keep an unlisted integer enum value; anything but an integer cannot be held (TypeError)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return UnknownEnumInt(value)
    raise TypeError(f"expected an integer enum value, seen {_json_type(value)}")


# --- decoding -------------------------------------------------------------------------------------------------


def _where(response: httpx.Response) -> tuple[str | None, str | None, str]:
    """The request's method and path template, and the operation as callers name it (`online.search_occupations`)."""
    try:
        request = response.request
    except RuntimeError:
        return None, None, "operation"
    sdk = request.extensions.get(SDK_EXTENSION) or {}
    op = for_request(request.method, sdk)
    name = op.name if op is not None else str(sdk.get("operation_id", "operation"))
    return request.method, sdk.get("path_template"), name


def decoded_body(response: httpx.Response) -> Any:
    """The JSON body, decoded once: the transport's result when it left one, else decoded here (typed errors)."""
    if BODY_EXTENSION in response.extensions:
        return response.extensions[BODY_EXTENSION]
    method, path, operation = _where(response)
    try:
        data = json.loads(response.content)
        response.extensions[BODY_EXTENSION] = data
        return data
    except (ValueError, RecursionError) as exc:  # JSONDecodeError keeps the whole body in .doc: never chain it
        problem = type(exc).__name__
    kind = "empty" if not response.content.strip() else "not valid JSON"
    raise UndecodableResponseError(
        f"{operation}: HTTP {response.status_code} body is {kind} "
        f"(Content-Type {response.headers.get('Content-Type', 'absent')!r}; {problem})",
        method=method or "",
        path=path or "",
        status_code=response.status_code,
    )


# --- type hints of the generated models -----------------------------------------------------------------------


class _ModelNames(Mapping[str, Any]):
    """Names of the package's models, resolved on first use (works with a lazy models/__init__)."""

    def __init__(self, module_globals: dict[str, Any]) -> None:
        self._globals = module_globals

    def __getitem__(self, key: str) -> Any:
        if key in self._globals:
            return self._globals[key]
        models = importlib.import_module(f"{PACKAGE}.models")
        try:
            return getattr(models, key)
        except AttributeError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._globals)

    def __len__(self) -> int:
        return len(self._globals)


@cache
def _hints(cls: type) -> dict[str, Any]:
    module = importlib.import_module(cls.__module__)
    names = _ModelNames(vars(module))
    try:
        return typing.get_type_hints(cls, globalns=vars(module), localns=names)
    except Exception:  # an annotation that does not resolve: its fields are checked as Any
        return {}


@cache
def _declared(type_string: str) -> Any:
    """The type a generated type string names (Any when it cannot be resolved: checks are then skipped)."""
    models = importlib.import_module(f"{PACKAGE}.models")
    namespace = _ModelNames({**vars(typing), "Any": Any, "list": list, "dict": dict})
    try:
        return eval(type_string, {"__builtins__": {}, "models": models}, namespace)  # a generated type string
    except Exception:
        return Any


def _members(hint: Any) -> tuple[Any, ...]:
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        return tuple(m for part in get_args(hint) for m in _members(part))
    return (hint,)


# JSON Schema's name for each Python type json.loads produces; bool before int, since a bool is an int.
_JSON_TYPES: tuple[tuple[type, str], ...] = (
    (type(None), "null"),
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)


def _json_type(value: object) -> str:
    return next((name for kind, name in _JSON_TYPES if isinstance(value, kind)), type(value).__name__)


PREVIEW_LIMIT = 60  # characters of a server value a deviation shows, cut after redaction
RAW_PREVIEW_LIMIT = 4096  # kept until redaction: a secret cut in two first would escape the redactor


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _preview(value: object, limit: int = RAW_PREVIEW_LIMIT) -> str:
    """A JSON rendering of a value for messages (model objects by class name); _redacted shortens it."""
    if attrs.has(type(value)):
        return type(value).__name__
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return _cut(text, limit)


def _describe(hint: Any) -> str:
    parts = []
    for member in _members(hint):
        if member is type(None):
            parts.append("null")
        elif get_origin(member) is Literal:
            parts.append("one of " + ", ".join(map(repr, sorted(get_args(member), key=str))))
        elif get_origin(member) is list:
            parts.append("array")
        elif get_origin(member) is dict:
            parts.append("object")
        elif member in (UnknownEnumValue, UnknownEnumInt) or getattr(member, "__name__", "") == "Unset":
            continue
        elif member is str:
            parts.append("string")
        elif member is int:
            parts.append("integer")
        elif member is float:
            parts.append("number")
        elif member is bool:
            parts.append("boolean")
        elif member is Any:
            parts.append("any")
        elif attrs.has(member):
            parts.append(f"object ({member.__name__})")
        else:
            parts.append(getattr(member, "__name__", str(member)))
    return " | ".join(parts) or "any"


def _conforms(value: object, hint: Any) -> bool:
    """Whether a (parsed) value is one the hint allows, ignoring what lists and models contain."""
    return any(_member_allows(value, member) for member in _members(hint))


def _member_allows(value: object, member: Any) -> bool:
    """Whether a value is one a single member of a union hint allows (bool is never a number here)."""
    if member is Any:
        return True
    origin = get_origin(member)
    if origin is Literal:
        return value in get_args(member) and type(value) in (str, int)
    if origin is list:
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict)
    if member is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if member is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if member is type(None):
        return value is None
    return isinstance(member, type) and isinstance(value, member)


# --- the walk over a parsed model (tolerated deviations) ------------------------------------------------------


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_json_names: dict[tuple[type, str], str] = {}


def _json_name(obj: Any, field: str) -> str:
    """The body's key for a model attribute (attribute names are snake_case forms of the keys)."""
    named: Mapping[str, str] | None = getattr(obj, "_sdk_keys", None)  # response models name each field's key
    if named is not None and field in named:
        return named[field]
    known = _json_names.get((type(obj), field))
    if known is not None:
        return known
    try:
        keys: list[str] = [str(k) for k in obj.to_dict()]
    except Exception:
        return field
    wanted = _norm(field.removeprefix("field_").rstrip("_"))
    found = next((k for k in keys if _norm(k) == wanted), None)
    if found is None:
        return field
    _json_names[(type(obj), field)] = found
    return found


@dataclass(frozen=True)
class _Field:
    """How to check one model attribute quickly: types accepted as they are, and which models to descend into."""

    name: str
    hint: Any
    accepted: frozenset[type] | None  # None: any value (Any)
    list_models: frozenset[type]  # model classes a list value may hold: descend into those elements
    models: frozenset[type]  # model classes the value may be: descend
    item_hint: Any = None  # what the elements of a list value may be
    none_if_absent: bool = False  # an optional field of a response model whose spec allows no null: None is absent


def _without_none(hint: Any) -> Any:
    members = [m for m in _members(hint) if m is not type(None)]
    if not members:
        return hint
    return functools.reduce(operator.or_, members) if len(members) > 1 else members[0]


@cache
def _plan(cls: type) -> tuple[tuple[_Field, ...], bool]:
    """The checks for a model class (computed once per class) and whether unknown keys count as drift."""
    hints = _hints(cls)
    nullable = getattr(cls, "_sdk_nullable", None)  # response models: None also stands for "absent"
    fields = []
    for field in attrs.fields(cls):
        if field.name in _NOT_FIELDS:
            continue
        hint = hints.get(field.name, Any)
        none_if_absent = nullable is not None and field.default is not attrs.NOTHING and field.name not in nullable
        if none_if_absent:
            hint = _without_none(hint)  # the spec's type: a None is checked against the fields sent as null
        accepted: set[type] = set()
        anything = False
        list_models: set[type] = set()
        models: set[type] = set()
        item_hint: Any = None
        for member in _members(hint):
            origin = get_origin(member)
            if member is Any:
                anything = True
                break
            if origin is Literal:
                accepted.update(type(arg) for arg in get_args(member))
            elif origin is list:
                accepted.add(list)
                item_hint = (get_args(member) or (Any,))[0]
                list_models.update(m for m in _members(item_hint) if attrs.has(m))
            elif origin is dict:
                accepted.add(dict)
            elif member is float:
                accepted.update((float, int))
            elif member is type(None):
                accepted.add(type(None))
            elif isinstance(member, type) and member not in (UnknownEnumValue, UnknownEnumInt):
                accepted.add(member)
                if attrs.has(member):
                    models.add(member)
        fields.append(
            _Field(
                field.name,
                hint,
                None if anything else frozenset(accepted),
                frozenset(list_models),
                frozenset(models),
                item_hint,
                none_if_absent,
            )
        )
    extra = hints.get("additional_properties")
    args = get_args(extra)
    # A schema that names no properties is a placeholder for a shape nobody has observed: open by design (the
    # drift tool's strict copy leaves it open too). A map (additionalProperties with a schema) is typed, not Any.
    return tuple(fields), bool(fields) and len(args) == 2 and args[1] is Any


class _Found(list[Deviation]):
    """Deviations the model tolerated; `fatal` holds those it could not (data its types would misdescribe)."""

    def __init__(self) -> None:
        super().__init__()
        self.fatal: list[Deviation] = []


# Where a model sits in the body, built only when a deviation needs it: "$" or (parent, model, attribute, is_list).
_Where = str | tuple[Any, Any, str, bool]


def _resolve(where: _Where) -> str:
    if isinstance(where, str):
        return where
    parent, obj, name, is_list = where
    return f"{_resolve(parent)}.{_json_name(obj, name)}{'[*]' if is_list else ''}"


def _walk_result(result: Any, out: _Found) -> None:
    if isinstance(result, list):
        for item in result:
            if attrs.has(type(item)):
                _walk(item, "$[*]", out)
    elif attrs.has(type(result)):
        _walk(result, "$", out)


def _walk(obj: Any, where: _Where, out: _Found) -> None:
    """Collect what a parsed model tolerated: unlisted enum values, other types, nulls, unknown fields."""
    checker = _checkers.get(type(obj))
    if checker is None:
        checker = _checkers[type(obj)] = _compile(type(obj))
    checker(obj, where, out)


Checker = Callable[[Any, _Where, _Found], None]
_checkers: dict[type, Checker] = {}


def _slow(obj: Any, where: _Where, out: _Found, field: _Field, value: Any) -> None:
    """A value whose type was not accepted as it is: an unlisted enum value, another type, or a null."""
    if value is None and field.none_if_absent and field.name not in obj._sent_null:
        return  # absent, which an optional field may be
    if isinstance(value, UnknownEnumValue | UnknownEnumInt):
        out.append(
            Deviation(_resolve((where, obj, field.name, False)), ENUM_WIDENED, _describe(field.hint), _preview(value))
        )
    elif not _conforms(value, field.hint):
        what = BECAME_NULLABLE if value is None else TYPE_CHANGED
        found = Deviation(_resolve((where, obj, field.name, False)), what, _describe(field.hint), _json_type(value))
        # Raw data where a model (or a list of models) belongs would be mistyped for the caller: not tolerated.
        (out.fatal if value is not None and (field.models or field.list_models) else out).append(found)


def _bad_item(obj: Any, where: _Where, out: _Found, field: _Field, item: Any) -> None:
    """An element of a list of models that is not one of them (the generated union parser kept it raw)."""
    if not _conforms(item, field.item_hint):
        path = _resolve((where, obj, field.name, True))
        out.fatal.append(Deviation(path, TYPE_CHANGED, _describe(field.item_hint), _json_type(item)))


def _extra(obj: Any, where: _Where, out: _Found) -> None:
    base = _resolve(where)
    out.extend(
        Deviation(f"{base}.{key}", FIELD_ADDED, f"no such field in {type(obj).__name__}", _preview(value))
        for key, value in obj.additional_properties.items()
    )


def _compile(cls: type) -> Checker:
    """A checker specialised for one model class: straight-line code, one set lookup per attribute.

    Parsed models are walked on every response, so this is the hot path of drift detection; generating the code
    once per class keeps it to a fraction of the generated from_dict's cost.
    """
    fields, open_extra = _plan(cls)
    namespace: dict[str, Any] = {
        "_walk": _walk,
        "_slow": _slow,
        "_extra": _extra,
        "_bad_item": _bad_item,
        "MAX": MAX_DEVIATIONS,
        "CHECKERS": _checkers,
    }
    lines = ["def check(obj, where, out):", "    if len(out) >= MAX:", "        return"]
    for i, field in enumerate(fields):
        namespace[f"F{i}"] = field
        read = f"obj.{field.name}" if field.name.isidentifier() else f"getattr(obj, {field.name!r})"
        lines += [f"    v = {read}", "    t = type(v)"]
        if field.accepted is None:
            lines.append("    if False:")
            lines.append("        pass")
        else:
            namespace[f"A{i}"] = field.accepted
            lines += [f"    if t not in A{i}:", f"        _slow(obj, where, out, F{i}, v)"]
        if field.list_models:
            namespace[f"L{i}"] = field.list_models
            lines += [
                "    elif t is list and v:",
                f"        inner = (where, obj, {field.name!r}, True)",
                "        for item in v:",
                "            check = CHECKERS.get(type(item))",
                "            if check is not None:",
                "                check(item, inner, out)",
                f"            elif type(item) in L{i}:",
                "                _walk(item, inner, out)",
                "            else:",
                f"                _bad_item(obj, where, out, F{i}, item)",
            ]
        if field.models:
            namespace[f"M{i}"] = field.models
            lines += [f"    elif t in M{i}:", f"        _walk(v, (where, obj, {field.name!r}, False), out)"]
    if open_extra:
        lines += ["    if obj.additional_properties:", "        _extra(obj, where, out)"]
    exec("\n".join(lines), namespace)  # the code is built from attribute names of generated attrs classes
    checker: Checker = namespace["check"]
    return checker


# --- diagnosis of a body the model could not hold -------------------------------------------------------------


def _diagnose(data: Any, hint: Any, path: str, out: list[Deviation]) -> None:
    """Find where a raw body breaks what the model needs: objects, arrays, required keys, enum value types."""
    if len(out) >= MAX_DEVIATIONS:
        return
    members = [m for m in _members(hint) if m is not Any and getattr(m, "__name__", "") != "Unset"]
    if not members or any(m is Any for m in _members(hint)):
        return
    if data is None:
        if type(None) not in members:
            out.append(Deviation(path, BECAME_NULLABLE, _describe(hint), "null"))
        return
    models = [m for m in members if isinstance(m, type) and attrs.has(m)]
    lists = [m for m in members if get_origin(m) is list]
    if isinstance(data, dict) and models:
        _diagnose_object(data, models[0], path, out)
    elif isinstance(data, list) and lists:
        (inner,) = get_args(lists[0]) or (Any,)
        for index, item in enumerate(data):
            _diagnose(item, inner, f"{path}[{index}]", out)
    elif models or lists:
        out.append(Deviation(path, TYPE_CHANGED, _describe(hint), _json_type(data)))
    else:
        listed = [arg for m in members if get_origin(m) is Literal for arg in get_args(m)]
        if listed and not any(type(data) is type(arg) for arg in listed):
            out.append(Deviation(path, TYPE_CHANGED, _describe(hint), _json_type(data)))


def _diagnose_object(data: dict[str, Any], cls: type, path: str, out: list[Deviation]) -> None:
    hints = _hints(cls)
    keys = {_norm(k): k for k in data}
    for field in attrs.fields(cls):
        if field.name in _NOT_FIELDS:
            continue
        key = keys.get(_norm(field.name.removeprefix("field_").rstrip("_")))
        if key is None:
            if field.default is attrs.NOTHING:
                out.append(Deviation(f"{path}.{field.name}", FIELD_REMOVED, "a value", "absent"))
            continue
        _diagnose(data[key], hints.get(field.name, Any), f"{path}.{key}", out)


# --- the entry point used by generated code -------------------------------------------------------------------

_reported: set[tuple[str, str, str]] = set()
_reported_lock = threading.Lock()


def _report(operation: str, deviations: list[Deviation]) -> None:
    """Log each tolerated deviation once per operation, path and kind."""
    for deviation in deviations:
        key = (operation, deviation.path, deviation.kind)
        with _reported_lock:
            if key in _reported:
                continue
            _reported.add(key)
        LOGGER.warning("%s: response differs from the spec at %s (tolerated)", operation, deviation.line())


T = typing.TypeVar("T")


def parse(
    response: httpx.Response,
    *,
    client: Any,
    declared: Mapping[int, str],
    parse_body: Callable[[httpx.Response, Any], T],
) -> T:
    """Parse a response with the generated code, tolerating and reporting drift; typed errors only."""
    type_string = declared.get(response.status_code)
    body = decoded_body(response) if type_string not in (None, "Any") else None
    method, path, operation = _where(response)
    template = path
    redact = redactor_of(client)
    if method is not None:
        path = redact(response.request.url.path)  # the concrete path, as in every other error
    hint = _declared(type_string) if type_string not in (None, "Any") else None
    failure: str | None = None
    drift_before = drift_count()
    if hint is not None and not _shape_matches(body, hint):
        failure = "the body's top-level type"
    else:
        outer, decoding.own_body = decoding.own_body, body is not None  # the objects of `body` are ours alone
        try:
            result = parse_body(response, body)
        except Exception as exc:  # raised below, outside the handler: the original may quote body values
            failure = type(exc).__name__
        finally:
            decoding.own_body = outer
            # Models may now hold the body's objects: a later parse of this response decodes its own copy.
            response.extensions.pop(BODY_EXTENSION, None)
    if failure is not None:
        found: list[Deviation] = []
        if hint is not None:
            _diagnose(body, hint, "$", found)
        if not found:
            found.append(Deviation("$", TYPE_CHANGED, type_string or "a declared body", failure))
        raise ResponseValidationError(
            operation=operation, method=method, path=path, deviations=_redacted(found, redact)
        )
    deviations = _Found()
    if drift_count() != drift_before:  # from_dict saw something the spec does not describe: find what and where
        _walk_result(result, deviations)
        if method is not None and template is not None:  # a field the spec only assumes: drift, never a failure
            absent = assumed_absent(method, template, response.status_code, body)
            deviations.extend(Deviation(where, FIELD_REMOVED, ASSUMED_ABSENT, "absent") for where in absent)
    if deviations.fatal or (deviations and getattr(client, "strict_responses", False)):
        raise ResponseValidationError(
            operation=operation,
            method=method,
            path=path,
            deviations=_redacted([*deviations.fatal, *deviations], redact),
        )
    if deviations:
        _report(operation, list(_redacted(deviations, redact)))
    return result


def _shape_matches(body: Any, hint: Any) -> bool:
    """Whether the body's top level is the kind of JSON value the declared type needs (object, array)."""
    members = _members(hint)
    wants_object = any(isinstance(m, type) and attrs.has(m) for m in members)
    wants_array = any(get_origin(m) is list for m in members)
    if not (wants_object or wants_array) or (body is None and type(None) in members):
        return True
    return (wants_object and isinstance(body, dict)) or (wants_array and isinstance(body, list))


def _redacted(deviations: list[Deviation], redact: Callable[[str], str]) -> tuple[Deviation, ...]:
    """Deviations safe to show: a value the server echoed may be a credential (redacted whole, then shortened)."""
    return tuple(
        Deviation(redact(d.path), d.kind, redact(d.expected), _cut(redact(d.seen), PREVIEW_LIMIT)) for d in deviations
    )
