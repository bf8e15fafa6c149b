"""What changed between two OpenAPI definitions, and which changes break a client built from the old one.

Operations are matched by METHOD + path (path parameter names ignored), never by operationId. Schemas are
compared by their effective shape: $ref followed, allOf merged, `anyOf: [X, {type: null}]` and `nullable` read
as a nullable X, so moving a schema into or out of components (or flattening an allOf) is no change.
Descriptions, summaries, examples, defaults, patterns, bounds and x- extensions are ignored.

Breaking: an operation removed; its operationId or first tag changed (the generated module is renamed or
moves); a parameter removed, added as required or made required; a response status or body removed; a
response field removed, made optional, retyped or made nullable; enum values removed (parameters and
responses); a format the generator maps to a Python type (date, uuid, ...) changed. The reverse of each is
non-breaking. Request bodies are compared like parameters (the client sends them).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .specs import Spec, operations, resolve_pointer

Node = dict[str, Any]
Direction = Literal["in", "out"]  # in: the client sends it (parameters, request body); out: it receives it
TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})  # openapi-python-client turns these into types
MAX_DEPTH = 32


@dataclass(frozen=True)
class Change:
    """One difference: `operation` is "METHOD path (operationId)", `path` where inside it (may be "")."""

    operation: str
    path: str
    kind: str
    breaking: bool
    before: Any = None
    after: Any = None


@dataclass(frozen=True)
class _Operation:
    method: str
    path: str
    op: Node
    params: dict[tuple[str, str], Node] = field(default_factory=dict)

    @property
    def label(self) -> str:
        op_id = self.op.get("operationId")
        return f"{self.method} {self.path} ({op_id})" if op_id else f"{self.method} {self.path}"


def _deref(spec: Spec, node: Any) -> Node:
    """Follow $ref chains of a parameter, response or request body; {} when absent or dangling."""
    for _ in range(MAX_DEPTH):
        if not isinstance(node, dict):
            return {}
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return node
        try:
            node = resolve_pointer(spec, ref)
        except (KeyError, IndexError, ValueError):
            return {}
    return {}


def _index(spec: Spec) -> dict[tuple[str, str], _Operation]:
    index = {}
    for method, path, op in operations(spec):
        params: dict[tuple[str, str], Node] = {}
        for raw in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
            param = _deref(spec, raw)
            location, name = str(param.get("in")), str(param.get("name"))
            params[(location, name.lower() if location == "header" else name)] = param
        key = (method.upper(), re.sub(r"\{[^}/]*\}", "{}", path))
        index[key] = _Operation(method.upper(), path, op, params)
    return index


# --- effective schemas -------------------------------------------------------------------------------


def _type_list(value: Any) -> list[str]:
    return sorted({value} if isinstance(value, str) else {str(v) for v in value})


def _merge(parts: list[Node]) -> Node:
    """allOf semantics, shallowly: properties of the same name are merged lazily through a nested allOf."""
    out: Node = {}
    for part in parts:
        for key, value in part.items():
            if key not in out:
                out[key] = value
            elif key == "properties" and isinstance(value, dict):
                props = dict(out[key])
                for name, sub in value.items():
                    props[name] = {"allOf": [props[name], sub]} if name in props else sub
                out[key] = props
            elif key == "required" and isinstance(value, list):
                out[key] = [*out[key], *(r for r in value if r not in out[key])]
            elif key == "type":
                out[key] = sorted(set(_type_list(out[key])) & set(_type_list(value)))
            elif key == "enum" and isinstance(value, list):
                keep = {_key(v) for v in value}
                out[key] = [v for v in out[key] if _key(v) in keep]
    return out


def effective(spec: Spec, node: Any, depth: int = 0) -> Node:
    """A schema with $ref followed, allOf merged and nullability folded into a sorted `type` list.

    Nested schemas (properties, items) are left as written; compare them by calling effective() again.
    """
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return {}
    parts: list[Node] = []
    ref = node.get("$ref")
    if isinstance(ref, str):
        with contextlib.suppress(KeyError, IndexError, ValueError):  # dangling: check_spec reports it
            parts.append(effective(spec, resolve_pointer(spec, ref), depth + 1))
    parts += [effective(spec, sub, depth + 1) for sub in node.get("allOf", [])]
    parts.append({k: v for k, v in node.items() if k not in ("$ref", "allOf")})
    schema = _merge(parts)
    nullable = schema.pop("nullable", False) is True
    for key in ("anyOf", "oneOf"):
        variants = schema.get(key)
        if not isinstance(variants, list):
            continue
        shapes = [effective(spec, v, depth + 1) for v in variants]
        rest = [s for s in shapes if s.get("type") != ["null"]]
        if len(rest) == 1 and len(shapes) > 1:  # anyOf: [X, {type: null}] is a nullable X
            nullable = True
            schema = _merge([{k: v for k, v in schema.items() if k != key}, rest[0]])
    if "const" in schema and "enum" not in schema:
        schema["enum"] = [schema.pop("const")]
    if "type" in schema:
        schema["type"] = _type_list(schema["type"])
    elif "properties" in schema:
        schema["type"] = ["object"]
    elif "items" in schema:
        schema["type"] = ["array"]
    if nullable and "type" in schema:
        schema["type"] = sorted({*schema["type"], "null"})
    return schema


# --- comparing -------------------------------------------------------------------------------------


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _child(jpath: str, name: str) -> str:
    return f"{jpath}.{name}" if name.isidentifier() else f"{jpath}[{json.dumps(name)}]"


def _shown(types: list[str] | None) -> Any:
    if types is None:
        return "any"
    return types[0] if len(types) == 1 else types


@dataclass(frozen=True)
class _Context:
    old: Spec
    new: Spec
    operation: str
    where: str
    direction: Direction

    def change(self, jpath: str, kind: str, breaking: bool, before: Any = None, after: Any = None) -> Change:
        path = f"{self.where} {jpath}" if jpath else self.where
        return Change(self.operation, path, kind, breaking, before, after)


def _type_changes(ctx: _Context, x: Node, y: Node, jpath: str) -> tuple[list[Change], bool]:
    """Changes of `type` and whether the two schemas still share a (non-null) type worth descending into."""
    tx, ty = x.get("type"), y.get("type")
    if tx == ty:
        return [], True
    out = ctx.direction == "out"
    if tx is not None and ty is not None:
        added, removed = set(ty) - set(tx), set(tx) - set(ty)
        if added == {"null"} and not removed:
            return [ctx.change(jpath, "became-nullable", out, _shown(tx), _shown(ty))], True
        if removed == {"null"} and not added:
            return [ctx.change(jpath, "no-longer-nullable", not out, _shown(tx), _shown(ty))], True
        breaking = bool(added - {"null"}) if out else bool(removed - {"null"})
        related = bool((set(tx) & set(ty)) - {"null"})
        return [ctx.change(jpath, "type-changed", breaking, _shown(tx), _shown(ty))], related
    # One side leaves the type open: the other is narrower.
    breaking = ty is None if out else tx is None
    return [ctx.change(jpath, "type-changed", breaking, _shown(tx), _shown(ty))], True


def _enum_changes(ctx: _Context, x: Node, y: Node, jpath: str) -> list[Change]:
    ex, ey = x.get("enum"), y.get("enum")
    if ex is None and ey is None:
        return []
    if ey is None:
        return [ctx.change(jpath, "enum-widened", False, ex, None)]
    if ex is None:
        return [ctx.change(jpath, "enum-narrowed", True, None, ey)]
    kx, ky = {_key(v) for v in ex}, {_key(v) for v in ey}
    if kx - ky:
        return [ctx.change(jpath, "enum-narrowed", True, ex, ey)]
    if ky - kx:
        return [ctx.change(jpath, "enum-widened", False, ex, ey)]
    return []


def _schema_changes(ctx: _Context, a: Any, b: Any, jpath: str, seen: frozenset[tuple[str, str]]) -> list[Change]:
    refs = (a.get("$ref") if isinstance(a, dict) else None, b.get("$ref") if isinstance(b, dict) else None)
    if isinstance(refs[0], str) and isinstance(refs[1], str):
        if (refs[0], refs[1]) in seen:  # recursive schema, already being compared further up
            return []
        seen = seen | {(refs[0], refs[1])}
    if len(seen) > MAX_DEPTH or jpath.count(".") + jpath.count("[") > MAX_DEPTH:
        return []
    x, y = effective(ctx.old, a), effective(ctx.new, b)
    changes, related = _type_changes(ctx, x, y, jpath)
    if not related:
        return changes
    changes += _enum_changes(ctx, x, y, jpath)
    fx, fy = x.get("format"), y.get("format")
    if fx != fy:
        changes.append(ctx.change(jpath, "format-changed", bool({fx, fy} & TYPED_FORMATS), fx, fy))

    out = ctx.direction == "out"
    px, py = x.get("properties") or {}, y.get("properties") or {}
    rx, ry = set(x.get("required") or []), set(y.get("required") or [])
    for name, sub in px.items():
        child = _child(jpath, name)
        if name not in py:
            changes.append(ctx.change(child, "field-removed", True, _shown(effective(ctx.old, sub).get("type")), None))
            continue
        if name in rx and name not in ry:
            changes.append(ctx.change(child, "field-now-optional", out))
        elif name in ry and name not in rx:
            changes.append(ctx.change(child, "field-now-required", not out))
        changes += _schema_changes(ctx, sub, py[name], child, seen)
    for name, sub in py.items():
        if name not in px:
            kind = "required-field-added" if name in ry else "field-added"
            breaking = not out and name in ry
            changes.append(
                ctx.change(_child(jpath, name), kind, breaking, None, _shown(effective(ctx.new, sub).get("type")))
            )

    if "items" in x and "items" in y:
        changes += _schema_changes(ctx, x["items"], y["items"], f"{jpath}[]", seen)
    ax, ay = x.get("additionalProperties"), y.get("additionalProperties")
    if isinstance(ax, dict) and isinstance(ay, dict):
        changes += _schema_changes(ctx, ax, ay, f"{jpath}.*", seen)
    for key in ("anyOf", "oneOf"):
        vx, vy = x.get(key) or [], y.get(key) or []
        if len(vx) != len(vy):
            changes.append(ctx.change(jpath, "variants-changed", True, len(vx), len(vy)))
        else:
            for va, vb in zip(vx, vy, strict=True):
                changes += _schema_changes(ctx, va, vb, jpath, seen)
    return changes


def _body_schema(spec: Spec, holder: Any) -> Any | None:
    """The JSON schema of a response or request body, or None when it has no content."""
    content = _deref(spec, holder).get("content") or {}
    if not content:
        return None
    media = [m for m in content if m == "application/json"] + [m for m in content if "json" in m] + list(content)
    return (content[media[0]] or {}).get("schema", {})


def _first_tag(op: Node) -> Any:
    return (op.get("tags") or [None])[0]


def _operation_changes(old: Spec, new: Spec, o: _Operation, n: _Operation) -> list[Change]:
    label = n.label
    changes: list[Change] = []

    def context(where: str, direction: Direction) -> _Context:
        return _Context(old, new, label, where, direction)

    if o.op.get("operationId") != n.op.get("operationId"):
        changes.append(
            Change(label, "operationId", "operation-id-changed", True, o.op.get("operationId"), n.op.get("operationId"))
        )
    if _first_tag(o.op) != _first_tag(n.op):  # the generator files an operation under its first tag
        changes.append(Change(label, "tags", "tag-changed", True, _first_tag(o.op), _first_tag(n.op)))

    for key in [*o.params, *(k for k in n.params if k not in o.params)]:
        po, pn = o.params.get(key), n.params.get(key)
        where = f"parameter {key[1]} ({key[0]})"
        if pn is None:
            changes.append(Change(label, where, "parameter-removed", True))
        elif po is None:
            required = bool(pn.get("required"))
            kind = "required-parameter-added" if required else "parameter-added"
            changes.append(Change(label, where, kind, required))
        else:
            if bool(po.get("required")) != bool(pn.get("required")):
                now = bool(pn.get("required"))
                changes.append(Change(label, where, "parameter-now-required" if now else "parameter-now-optional", now))
            changes += _schema_changes(context(where, "in"), po.get("schema"), pn.get("schema"), "$", frozenset())

    bo, bn = _deref(old, o.op.get("requestBody")), _deref(new, n.op.get("requestBody"))
    if bo and not bn:
        changes.append(Change(label, "request body", "request-body-removed", True))
    elif bn and not bo:
        changes.append(Change(label, "request body", "request-body-added", bool(bn.get("required"))))
    elif bo and bn:
        if bn.get("required") and not bo.get("required"):
            changes.append(Change(label, "request body", "request-body-now-required", True))
        sa, sb = _body_schema(old, bo), _body_schema(new, bn)
        if sa is not None and sb is not None:
            changes += _schema_changes(context("request body", "in"), sa, sb, "$", frozenset())

    ro = {str(k): v for k, v in (o.op.get("responses") or {}).items()}
    rn = {str(k): v for k, v in (n.op.get("responses") or {}).items()}
    changes += [Change(label, f"response {s}", "response-removed", True) for s in ro if s not in rn]
    for status, response in rn.items():
        where = f"response {status}"
        if status not in ro:
            changes.append(Change(label, where, "response-added", False))
            continue
        sa, sb = _body_schema(old, ro[status]), _body_schema(new, response)
        if sa is not None and sb is None:
            changes.append(Change(label, where, "response-body-removed", True))
        elif sa is None and sb is not None:
            changes.append(Change(label, where, "response-body-added", False))
        elif sa is not None and sb is not None:
            changes += _schema_changes(context(where, "out"), sa, sb, "$", frozenset())
    return changes


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`, operation by operation (old document order, then added ones)."""
    before, after = _index(old), _index(new)
    changes: list[Change] = []
    for key, o in before.items():
        n = after.get(key)
        if n is None:
            changes.append(Change(o.label, "", "operation-removed", True, o.op.get("operationId"), None))
        else:
            changes += _operation_changes(old, new, o, n)
    for key, n in after.items():
        if key not in before:
            changes.append(Change(n.label, "", "operation-added", False, None, n.op.get("operationId")))
    return changes


# --- reports -----------------------------------------------------------------------------------------


def _counts(changes: list[Change]) -> tuple[int, int]:
    breaking = sum(1 for c in changes if c.breaking)
    return breaking, len(changes) - breaking


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _describe(change: Change) -> str:
    text = f"{change.kind}: {change.path}" if change.path else change.kind
    if change.before is not None and change.after is not None:
        text += f" ({_value(change.before)} -> {_value(change.after)})"
    elif change.before is not None:
        text += f" (was {_value(change.before)})"
    elif change.after is not None:
        text += f" (now {_value(change.after)})"
    return text


def _headline(changes: list[Change]) -> str:
    breaking, other = _counts(changes)
    if not changes:
        return "No breaking changes: operations, parameters and responses are unchanged."
    if not breaking:
        return f"No breaking changes; {other} non-breaking change(s)."
    return f"{breaking} BREAKING change(s), {other} non-breaking change(s)."


def render_text(changes: list[Change]) -> str:
    lines = [_headline(changes)]
    for title, flag in (("Breaking", True), ("Non-breaking", False)):
        group = [c for c in changes if c.breaking is flag]
        if not group:
            continue
        lines += ["", f"{title}:"]
        for operation in dict.fromkeys(c.operation for c in group):
            lines.append(f"  {operation}")
            lines += [f"    - {_describe(c)}" for c in group if c.operation == operation]
    return "\n".join(lines)


def render_json(changes: list[Change]) -> str:
    breaking, other = _counts(changes)
    report = {
        "breaking": breaking > 0,
        "counts": {"breaking": breaking, "non_breaking": other},
        "changes": [asdict(c) for c in changes],
    }
    return json.dumps(report, indent=2, ensure_ascii=False)


def render_markdown(changes: list[Change]) -> str:
    def cell(value: Any) -> str:
        return "" if value is None else f"`{_value(value)}`".replace("|", "\\|")

    lines = ["## API definition changes", "", _headline(changes)]
    if changes:
        lines += ["", "| | Operation | Where | Change | Before | After |", "|---|---|---|---|---|---|"]
        for c in sorted(changes, key=lambda c: not c.breaking):
            flag = "**breaking**" if c.breaking else "ok"
            where = cell(c.path or None)
            lines.append(f"| {flag} | {cell(c.operation)} | {where} | {c.kind} | {cell(c.before)} | {cell(c.after)} |")
    return "\n".join(lines)


RENDERERS: dict[str, Callable[[list[Change]], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
}
