"""What changed between two OpenAPI definitions, and which changes break a client built from the old one.

Operations are matched by METHOD + path (path parameter names ignored); an operation whose path changed but
whose operationId did not is matched by operationId and reported as `path-changed` plus its other changes.
Schemas are compared in their effective shape (buildlib.specs.effective_schema: $ref followed, compositions merged,
nullability in `type`), so moving a schema into or out of components, or flattening a composition, is no change;
a dangling $ref is an error (RefError), never silently skipped. anyOf/oneOf variants are compared as sets,
matched by structure, so reordering them is no change; switching the keyword (anyOf <-> oneOf) is a change of
its own kind, whose severity depends on the direction. A change inside a component schema that both
definitions reference by the same name is reported once, under the component, with the operations it reaches.

Every change has a kind from the shared vocabulary (buildlib.kinds) and a rule `<scope>-<kind>` whose
severity (ERR, WARN, INFO, listed in rules.toml and docs/guide/drift-ci.md) decides whether it is breaking (ERR). The
direction matters: the client sends parameters and request bodies (scope `request`) and receives responses
(scope `response`). A widened response enum is ERR: generated clients map enums to enum types (ours, and Java
or Go ones downstream) and fail to parse a value they do not know. Constraint changes (pattern, bounds,
lengths, item counts) are compared for what the client sends: tightened is ERR, since the SDK checks its
inputs against them. Descriptions, summaries, examples, defaults and x- extensions are ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from . import report
from .kinds import Kind, Rule, Severity, rule
from .report import Entry
from .specs import (
    COMPONENT_SCHEMAS,
    Spec,
    deref,
    effective_schema,
    is_component_ref,
    operations,
    ref_of,
    resolve_pointer,
    split_common_members,
)

Node = dict[str, Any]
Direction = Literal["in", "out"]  # in: the client sends it (parameters, request body); out: it receives it
TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})  # openapi-python-client turns these into types
MAX_DEPTH = 32
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_UNIONS = ("anyOf", "oneOf")


@dataclass(frozen=True)
class Change:
    """One difference: `operation` is "METHOD path (operationId)" or a component pointer; `path` says where."""

    operation: str
    path: str
    kind: Kind
    scope: str
    before: Any = None
    after: Any = None
    location: str = ""  # JSON pointer (in the new definition) of the node concerned
    operations: tuple[str, ...] = ()  # for a shared component: the operations it reaches

    @property
    def rule(self) -> Rule:
        return rule(self.scope, self.kind)

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def breaking(self) -> bool:
        return self.severity is Severity.ERR


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

    @property
    def pointer(self) -> str:
        return f"#/paths/{_escape(self.path)}/{self.method.lower()}"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _template(path: str) -> str:
    """A path template with its parameter names dropped: /things/{id} and /things/{thing_id} are one."""
    return re.sub(r"\{[^}/]*\}", "{}", path)


def _index(spec: Spec) -> dict[tuple[str, str], _Operation]:
    index = {}
    for method, path, op in operations(spec):
        params: dict[tuple[str, str], Node] = {}
        for raw in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
            param = deref(spec, raw)
            location, name = str(param.get("in")), str(param.get("name"))
            params[(location, name.lower() if location == "header" else name)] = param
        key = (method.upper(), _template(path))
        index[key] = _Operation(method.upper(), path, op, params)
    return index


# --- small helpers -----------------------------------------------------------------------------------


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _child(jpath: str, name: str) -> str:
    return f"{jpath}.{name}" if name.isidentifier() else f"{jpath}[{json.dumps(name)}]"


def _shown(types: list[str] | None) -> Any:
    if not types:
        return "any"
    return types[0] if len(types) == 1 else types


def _types(schema: Node) -> set[str] | None:
    """The types a folded schema allows (None: any), with number covering integer."""
    listed = schema.get("type")
    if not listed:
        return None
    return set(listed) | ({"integer"} if "number" in listed else set())


def _enum_values(schema: Node) -> dict[str, Any] | None:
    values = schema.get("enum")
    if values is None:
        return None
    return {_key(v): v for v in values if v is not None}


@dataclass(frozen=True)
class _Context:
    """Where a schema comparison happens: which operation (or component), which part, which direction."""

    owner: str  # operation label, or the component pointer for a shared component
    where: str  # "response 200", "parameter q (query)", "request body", or "" inside a component
    direction: Direction
    location: str

    @property
    def scope(self) -> str:
        return "request" if self.direction == "in" else "response"

    def change(self, jpath: str, kind: Kind, before: Any = None, after: Any = None) -> Change:
        path = f"{self.where} {jpath}".strip() if self.where else jpath
        return Change(self.owner, path, kind, self.scope, before, after, self.location)


# --- comparing schemas -------------------------------------------------------------------------------


class _SchemaDiffer:
    """Compares schemas of two definitions, reporting each shared component's changes once."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.components: dict[tuple[str, Direction], list[Change]] = {}
        self.users: dict[tuple[str, Direction], set[str]] = {}

    def compare(self, ctx: _Context, a: Any, b: Any, jpath: str, seen: frozenset[tuple[str, str]]) -> list[Change]:
        ref_a, ref_b = ref_of(a), ref_of(b)
        if ref_a is not None and ref_a == ref_b and is_component_ref(a) and is_component_ref(b):
            self._shared(ctx, ref_a)
            return []
        if ref_a is not None and ref_b is not None:
            if (ref_a, ref_b) in seen:  # recursive schema, already being compared further up
                return []
            seen = seen | {(ref_a, ref_b)}
        if len(seen) > MAX_DEPTH or jpath.count(".") + jpath.count("[") > MAX_DEPTH:
            return []
        common, a, b = split_common_members(a, b)
        for ref in common:  # an envelope both sides compose from: compared once, as itself
            self._shared(ctx, ref)
        x, y = effective_schema(self.old, a), effective_schema(self.new, b)
        unions = any(k in x for k in _UNIONS) and any(k in y for k in _UNIONS)
        changes, related = ([], True) if unions else _type_changes(ctx, x, y, jpath)  # unions: compare variants
        if not related:
            return changes
        changes += _enum_changes(ctx, x, y, jpath)
        changes += _format_changes(ctx, x, y, jpath)
        if ctx.direction == "in":
            changes += _constraint_changes(ctx, x, y, jpath)
        changes += self._properties(ctx, x, y, jpath, seen)
        changes += self._nested(ctx, x, y, jpath, seen)
        changes += self._variants(ctx, x, y, jpath, seen)
        return changes

    def _shared(self, ctx: _Context, ref: str) -> None:
        """Record that `ctx` uses component `ref`; compare the component the first time it is met."""
        key = (ref, ctx.direction)
        self.users.setdefault(key, set()).add(ctx.owner)
        if key in self.components:
            return
        self.components[key] = []  # in progress: a recursive use only records the user
        inner = _Context(ref, "", ctx.direction, ref)
        target_old = deref(self.old, resolve_pointer(self.old, ref))
        target_new = deref(self.new, resolve_pointer(self.new, ref))
        self.components[key] = self.compare(inner, target_old, target_new, "$", frozenset())

    def _properties(
        self, ctx: _Context, x: Node, y: Node, jpath: str, seen: frozenset[tuple[str, str]]
    ) -> list[Change]:
        out = ctx.direction == "out"
        px, py = x.get("properties") or {}, y.get("properties") or {}
        rx, ry = set(x.get("required") or []), set(y.get("required") or [])
        changes: list[Change] = []
        for name, sub in px.items():
            child = _child(jpath, name)
            if name not in py:
                before = _shown(effective_schema(self.old, sub).get("type"))
                changes.append(ctx.change(child, Kind.FIELD_REMOVED, before, None))
                continue
            if name in rx and name not in ry:
                changes.append(ctx.change(child, Kind.FIELD_NOW_OPTIONAL))
            elif name in ry and name not in rx:
                changes.append(ctx.change(child, Kind.FIELD_NOW_REQUIRED))
            changes += self.compare(ctx, sub, py[name], child, seen)
        for name, sub in py.items():
            if name not in px:
                kind = Kind.REQUIRED_FIELD_ADDED if name in ry and not out else Kind.FIELD_ADDED
                after = _shown(effective_schema(self.new, sub).get("type"))
                changes.append(ctx.change(_child(jpath, name), kind, None, after))
        return changes

    def _nested(self, ctx: _Context, x: Node, y: Node, jpath: str, seen: frozenset[tuple[str, str]]) -> list[Change]:
        changes: list[Change] = []
        if "items" in x and "items" in y:
            changes += self.compare(ctx, x["items"], y["items"], f"{jpath}[]", seen)
        ax, ay = x.get("additionalProperties"), y.get("additionalProperties")
        if isinstance(ax, dict) and isinstance(ay, dict):
            changes += self.compare(ctx, ax, ay, f"{jpath}.*", seen)
        return changes

    def _variants(self, ctx: _Context, x: Node, y: Node, jpath: str, seen: frozenset[tuple[str, str]]) -> list[Change]:
        """anyOf/oneOf variants as sets: equal ones match whatever their order, same-typed ones are compared.

        The keyword itself is compared too: anyOf -> oneOf (and back) is a change of its own kind.
        """
        kx = next((k for k in _UNIONS if k in x), None)
        ky = next((k for k in _UNIONS if k in y), None)
        if kx is None and ky is None:
            return []
        vx, vy = (x[kx] if kx else None), (y[ky] if ky else None)
        changes: list[Change] = []
        if kx is not None and ky is not None and kx != ky:
            kind = Kind.ANY_OF_NOW_ONE_OF if ky == "oneOf" else Kind.ONE_OF_NOW_ANY_OF
            changes.append(ctx.change(jpath, kind, kx, ky))
        left = {i: effective_schema(self.old, v) for i, v in enumerate(vx or [])}
        right = {i: effective_schema(self.new, v) for i, v in enumerate(vy or [])}
        for i, folded in list(left.items()):  # 1. structurally equal variants
            twin = next((j for j, other in right.items() if _key(other) == _key(folded)), None)
            if twin is not None:
                del left[i], right[twin]
        for i, folded in list(left.items()):  # 2. variants of the same type: compare their insides
            twin = next((j for j, other in right.items() if other.get("type") == folded.get("type")), None)
            if twin is not None and vx is not None and vy is not None:
                changes += self.compare(ctx, vx[i], vy[twin], jpath, seen)
                del left[i], right[twin]
        changes += [ctx.change(jpath, Kind.VARIANT_REMOVED, _shown(v.get("type")), None) for v in left.values()]
        changes += [ctx.change(jpath, Kind.VARIANT_ADDED, None, _shown(v.get("type"))) for v in right.values()]
        return changes

    def shared_changes(self) -> list[Change]:
        """Each component's changes once, with the operations that reach it (through other components too)."""
        result: list[Change] = []
        for key, changes in self.components.items():
            reached = tuple(sorted(self._operations(key, set())))
            result += [_with_operations(c, reached) for c in changes]
        return result

    def _operations(self, key: tuple[str, Direction], visiting: set[tuple[str, Direction]]) -> set[str]:
        visiting.add(key)
        found: set[str] = set()
        for user in self.users.get(key, set()):
            upper = (user, key[1])
            if user.startswith(COMPONENT_SCHEMAS):
                if upper not in visiting:
                    found |= self._operations(upper, visiting)
            else:
                found.add(user)
        return found


def _with_operations(change: Change, reached: tuple[str, ...]) -> Change:
    return Change(
        change.operation, change.path, change.kind, change.scope, change.before, change.after, change.location, reached
    )


def _type_changes(ctx: _Context, x: Node, y: Node, jpath: str) -> tuple[list[Change], bool]:
    """Changes of `type` and whether the two schemas still share a (non-null) type worth descending into."""
    tx, ty = x.get("type"), y.get("type")
    if tx == ty or (tx is not None and ty is not None and set(tx) == set(ty)):
        return [], True
    before, after = _shown(tx), _shown(ty)
    sx, sy = _types(x), _types(y)
    if sx is not None and sy is not None:
        added, removed = sy - sx, sx - sy
        if added == {"null"} and not removed:
            return [ctx.change(jpath, Kind.BECAME_NULLABLE, before, after)], True
        if removed == {"null"} and not added:
            return [ctx.change(jpath, Kind.NO_LONGER_NULLABLE, before, after)], True
    related = sx is None or sy is None or bool((sx & sy) - {"null"})
    if sx is None or (sy is not None and sy >= sx):
        kind = Kind.TYPE_WIDENED if sx is not None else Kind.TYPE_NARROWED
    elif sy is None or sy <= sx:
        kind = Kind.TYPE_NARROWED if sy is not None else Kind.TYPE_WIDENED
    else:
        kind = Kind.TYPE_CHANGED
    return [ctx.change(jpath, kind, before, after)], related


def _enum_changes(ctx: _Context, x: Node, y: Node, jpath: str) -> list[Change]:
    """Enum changes naming the values removed (narrowed) and added (widened)."""
    ex, ey = _enum_values(x), _enum_values(y)
    if ex is None and ey is None:
        return []
    if ey is None:
        return [ctx.change(jpath, Kind.ENUM_WIDENED, list(ex.values()) if ex else None, "any value")]
    if ex is None:
        return [ctx.change(jpath, Kind.ENUM_NARROWED, "any value", list(ey.values()))]
    changes = []
    removed = [v for k, v in ex.items() if k not in ey]
    added = [v for k, v in ey.items() if k not in ex]
    if removed:
        changes.append(ctx.change(jpath, Kind.ENUM_NARROWED, removed, None))
    if added:
        changes.append(ctx.change(jpath, Kind.ENUM_WIDENED, None, added))
    return changes


def _format_changes(ctx: _Context, x: Node, y: Node, jpath: str) -> list[Change]:
    fx, fy = x.get("format"), y.get("format")
    if fx == fy:
        return []
    if {fx, fy} & TYPED_FORMATS:  # the generated Python type changes (str <-> date, UUID, File)
        return [ctx.change(jpath, Kind.TYPE_CHANGED, f"format {fx}", f"format {fy}")]
    return [ctx.change(jpath, Kind.FORMAT_CHANGED, fx, fy)]


def _tighter(key: str, before: Any, after: Any) -> bool:
    """Whether a constraint keyword's change from `before` to `after` rejects values it accepted."""
    if after is None:
        return False
    if before is None:
        return True
    if key in _LOWER:
        return bool(after > before)
    if key in _UPPER:
        return bool(after < before)
    if key == "uniqueItems":
        return bool(after) and not before
    return True  # pattern, multipleOf: a different one may reject old values


def _constraint_changes(ctx: _Context, x: Node, y: Node, jpath: str) -> list[Change]:
    changes = []
    for key in (*_LOWER, *_UPPER, "pattern", "multipleOf", "uniqueItems"):
        before, after = x.get(key), y.get(key)
        if before == after:
            continue
        kind = Kind.CONSTRAINT_TIGHTENED if _tighter(key, before, after) else Kind.CONSTRAINT_LOOSENED
        changes.append(ctx.change(jpath, kind, {key: before}, {key: after}))
    return changes


# --- comparing operations ----------------------------------------------------------------------------


def _content(spec: Spec, holder: Any) -> dict[str, Any]:
    content = deref(spec, holder).get("content") if isinstance(deref(spec, holder), dict) else None
    return content if isinstance(content, dict) else {}


def _json_media(content: dict[str, Any]) -> str | None:
    ordered = [m for m in content if m == "application/json"] + [m for m in content if "json" in m] + list(content)
    return ordered[0] if ordered else None


def _first_tag(op: Node) -> Any:
    return (op.get("tags") or [None])[0]


def _declared_security(spec: Spec, op: Node) -> list[dict[str, Any]]:
    """The security requirement alternatives that apply to an operation (its own, else the document's)."""
    declared = op.get("security", spec.get("security")) or []
    return [req for req in declared if isinstance(req, dict)]


def _requirements(spec: Spec, op: Node) -> list[str]:
    """An operation's effective security requirements, one sorted string per alternative."""
    return sorted(_key(sorted(req)) for req in _declared_security(spec, op))


def _scheme_names(spec: Spec, op: Node) -> set[str]:
    return {name for req in _declared_security(spec, op) for name in req}


class _Differ:
    """The whole comparison of two definitions."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.schemas = _SchemaDiffer(old, new)

    def operation(self, o: _Operation, n: _Operation) -> list[Change]:
        changes = self._identity(o, n)
        changes += self._security(o, n)
        changes += self._parameters(o, n)
        changes += self._request_body(o, n)
        changes += self._responses(o, n)
        return changes

    def _identity(self, o: _Operation, n: _Operation) -> list[Change]:
        label, changes = n.label, []
        if _template(o.path) != _template(n.path):
            changes.append(Change(label, "", Kind.PATH_CHANGED, "operation", o.path, n.path, n.pointer))
        if o.op.get("operationId") != n.op.get("operationId"):
            before, after = o.op.get("operationId"), n.op.get("operationId")
            changes.append(
                Change(label, "operationId", Kind.OPERATION_ID_CHANGED, "operation", before, after, n.pointer)
            )
        if _first_tag(o.op) != _first_tag(n.op):  # the generator files an operation under its first tag
            before, after = _first_tag(o.op), _first_tag(n.op)
            changes.append(Change(label, "tags", Kind.TAG_CHANGED, "operation", before, after, n.pointer))
        return changes

    def _security(self, o: _Operation, n: _Operation) -> list[Change]:
        before, after = _requirements(self.old, o.op), _requirements(self.new, n.op)
        if before == after:
            return []
        shown = [[json.loads(r) for r in side] for side in (before, after)]
        return [Change(n.label, "security", Kind.SECURITY_CHANGED, "security", shown[0], shown[1], n.pointer)]

    def _parameters(self, o: _Operation, n: _Operation) -> list[Change]:
        changes: list[Change] = []
        for key in [*o.params, *(k for k in n.params if k not in o.params)]:
            po, pn = o.params.get(key), n.params.get(key)
            where = f"parameter {key[1]} ({key[0]})"
            if pn is None:
                changes.append(Change(n.label, where, Kind.PARAMETER_REMOVED, "request", location=n.pointer))
            elif po is None:
                kind = Kind.REQUIRED_PARAMETER_ADDED if pn.get("required") else Kind.PARAMETER_ADDED
                changes.append(Change(n.label, where, kind, "request", location=n.pointer))
            else:
                if bool(po.get("required")) != bool(pn.get("required")):
                    kind = Kind.PARAMETER_NOW_REQUIRED if pn.get("required") else Kind.PARAMETER_NOW_OPTIONAL
                    changes.append(Change(n.label, where, kind, "request", location=n.pointer))
                ctx = _Context(n.label, where, "in", n.pointer)
                changes += self.schemas.compare(ctx, po.get("schema"), pn.get("schema"), "$", frozenset())
        return changes

    def _request_body(self, o: _Operation, n: _Operation) -> list[Change]:
        bo = deref(self.old, o.op.get("requestBody")) or {}
        bn = deref(self.new, n.op.get("requestBody")) or {}
        where, location = "request body", f"{n.pointer}/requestBody"
        if bo and not bn:
            return [Change(n.label, where, Kind.REQUEST_BODY_REMOVED, "request", location=location)]
        if bn and not bo:
            kind = Kind.REQUIRED_REQUEST_BODY_ADDED if bn.get("required") else Kind.REQUEST_BODY_ADDED
            return [Change(n.label, where, kind, "request", location=location)]
        if not bo:
            return []
        changes = []
        if bn.get("required") and not bo.get("required"):
            changes.append(Change(n.label, where, Kind.REQUEST_BODY_NOW_REQUIRED, "request", location=location))
        ctx = _Context(n.label, where, "in", location)
        return changes + self._bodies(ctx, _content(self.old, bo), _content(self.new, bn))

    def _bodies(self, ctx: _Context, co: dict[str, Any], cn: dict[str, Any]) -> list[Change]:
        """Media types and the JSON schema of one request or response body."""
        if not co or not cn:
            return []
        changes: list[Change] = []
        removed, added = sorted(set(co) - set(cn)), sorted(set(cn) - set(co))
        if removed:
            changes.append(ctx.change("", Kind.MEDIA_TYPE_CHANGED, sorted(co), sorted(cn)))
        elif added:
            changes.append(ctx.change("", Kind.MEDIA_TYPE_ADDED, None, added))
        mo, mn = _json_media(co), _json_media(cn)
        if mo is not None and mo == mn:
            sa, sb = (co[mo] or {}).get("schema", {}), (cn[mn] or {}).get("schema", {})
            changes += self.schemas.compare(ctx, sa, sb, "$", frozenset())
        return changes

    def _responses(self, o: _Operation, n: _Operation) -> list[Change]:
        ro = {str(k): v for k, v in (o.op.get("responses") or {}).items()}
        rn = {str(k): v for k, v in (n.op.get("responses") or {}).items()}
        base = f"{n.pointer}/responses"
        changes = [
            Change(n.label, f"response {s}", Kind.RESPONSE_REMOVED, "response", location=base)
            for s in ro
            if s not in rn
        ]
        for status, response in rn.items():
            where, location = f"response {status}", f"{base}/{_escape(status)}"
            if status not in ro:
                changes.append(Change(n.label, where, Kind.RESPONSE_ADDED, "response", location=location))
                continue
            co, cn = _content(self.old, ro[status]), _content(self.new, response)
            if co and not cn:
                changes.append(Change(n.label, where, Kind.RESPONSE_BODY_REMOVED, "response", location=location))
            elif cn and not co:
                changes.append(Change(n.label, where, Kind.RESPONSE_BODY_ADDED, "response", location=location))
            else:
                changes += self._bodies(_Context(n.label, where, "out", location), co, cn)
        return changes

    def schemes(self, pairs: Iterable[tuple[_Operation, _Operation]]) -> list[Change]:
        """Security schemes whose definition changed, once each, with the operations that use them."""
        old_schemes = self.old.get("components", {}).get("securitySchemes", {})
        new_schemes = self.new.get("components", {}).get("securitySchemes", {})
        users: dict[str, set[str]] = {}
        for o, n in pairs:
            for name in _scheme_names(self.old, o.op) & _scheme_names(self.new, n.op):
                users.setdefault(name, set()).add(n.label)
        changes = []
        for name in sorted(users):
            before, after = _scheme(self.old, old_schemes.get(name)), _scheme(self.new, new_schemes.get(name))
            if before != after:
                where = f"#/components/securitySchemes/{_escape(name)}"
                changes.append(
                    Change(
                        where,
                        "",
                        Kind.SECURITY_SCHEME_CHANGED,
                        "security",
                        before,
                        after,
                        where,
                        tuple(sorted(users[name])),
                    )
                )
        return changes


def _scheme(spec: Spec, node: Any) -> Node:
    scheme = deref(spec, node) if node is not None else {}
    return {k: v for k, v in scheme.items() if k != "description" and not k.startswith("x-")}


def _pair_renamed(
    before: dict[tuple[str, str], _Operation], after: dict[tuple[str, str], _Operation]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Unmatched old operations whose operationId reappears on an unmatched new one (a moved path)."""
    gone = {o.op.get("operationId"): key for key, o in before.items() if key not in after and o.op.get("operationId")}
    moved = {}
    for key, n in after.items():
        old_key = gone.get(n.op.get("operationId"))
        if key not in before and old_key is not None and old_key[0] == key[0]:
            moved[old_key] = key
    return moved


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`: per operation (old order, then added ones), then shared components.

    Raises specs.RefError when either definition holds a dangling or cyclic $ref.
    """
    before, after = _index(old), _index(new)
    moved = _pair_renamed(before, after)
    differ = _Differ(old, new)
    changes: list[Change] = []
    pairs: list[tuple[_Operation, _Operation]] = []
    for key, o in before.items():
        n = after.get(key) or (after[moved[key]] if key in moved else None)
        if n is None:
            changes.append(Change(o.label, "", Kind.OPERATION_REMOVED, "operation", o.op.get("operationId"), None))
            continue
        pairs.append((o, n))
        changes += differ.operation(o, n)
    for key, n in after.items():
        if key not in before and key not in moved.values():
            changes.append(
                Change(n.label, "", Kind.OPERATION_ADDED, "operation", None, n.op.get("operationId"), n.pointer)
            )
    return changes + differ.schemes(pairs) + differ.schemas.shared_changes()


# --- reports -----------------------------------------------------------------------------------------


def headline(changes: list[Change]) -> str:
    """One sentence: how many changes break a client built from the old definition, and how many do not."""
    breaking = sum(1 for c in changes if c.breaking)
    other = len(changes) - breaking
    if not changes:
        return "No breaking changes: operations, parameters and responses are unchanged."
    if not breaking:
        return f"No breaking changes; {other} non-breaking change(s)."
    return f"{breaking} BREAKING change(s), {other} non-breaking change(s)."


def _labels(change: Change) -> tuple[str, str]:
    """How the text report names before and after: enum findings that list only the values added or removed say so."""
    if change.kind in (Kind.ENUM_NARROWED, Kind.ENUM_WIDENED) and (change.before is None) != (change.after is None):
        return "values removed:", "values added:"
    return "was", "now"


def entries(changes: list[Change], api: str = "definition") -> list[Entry]:
    """The changes as rows of the shared report, breaking first."""
    return [
        Entry(
            api=api,
            operation=c.operation,
            source="",
            where=c.path,
            kind=c.kind,
            rule=c.rule.id,
            severity=c.severity,
            expected=c.before,
            seen=c.after,
            location=c.location,
            affects=c.operations,
            labels=_labels(c),
        )
        for c in sorted(changes, key=lambda c: not c.breaking)
    ]


def render_text(changes: list[Change], api: str = "definition") -> str:
    return report.render_text(headline(changes), entries(changes, api))


def render_json(changes: list[Change], api: str = "definition") -> str:
    return report.render_json(headline(changes), entries(changes, api))


def render_markdown(changes: list[Change], api: str = "definition") -> str:
    return report.render_markdown("API definition changes", headline(changes), entries(changes, api))


RENDERERS: dict[str, Callable[[list[Change]], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
}
