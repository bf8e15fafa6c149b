"""A schema-directed body builder: walks a response schema and asks API-specific rules for every value.

The engine knows JSON Schema, not the APIs. Values come from two tables supplied per API:

* builders, keyed by component schema name, return a whole value (used for items that must be internally
  coherent, such as an occupation whose code, title and link agree);
* rules, keyed by (schema name, property) or ("*", property), return one property value, or OMIT.

A property with neither is an error rather than a made-up string: every synthesized value is chosen on
purpose, which keeps the fixtures plausible.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..spec import Spec, resolve_pointer


class SynthesisError(Exception):
    """The engine met a value no builder or rule provides."""


class _Omit:
    def __repr__(self) -> str:
        return "OMIT"


OMIT: Any = _Omit()  # returned by a rule to leave an optional property out

Builder = Callable[[Any, int], Any]  # (context, index among siblings) -> value
Rule = Callable[[Any, int], Any]


class Engine:
    """Builds bodies for one spec from its builders and rules."""

    def __init__(self, spec: Spec, builders: Mapping[str, Builder], rules: Mapping[tuple[str, str], Rule]) -> None:
        self.spec = spec
        self.builders = builders
        self.rules = rules

    def build(self, schema: Any, ctx: Any, index: int = 0, name: str = "") -> Any:
        """A value for `schema`; `name` is the component being built (for rule lookup and messages)."""
        if not isinstance(schema, dict):
            raise SynthesisError(f"{name}: cannot build a value for schema {schema!r}")
        if "$ref" in schema:
            ref_name = str(schema["$ref"]).rsplit("/", 1)[-1]
            if ref_name in self.builders:
                return self.builders[ref_name](ctx, index)
            return self.build(resolve_pointer(self.spec.document, schema["$ref"]), ctx, index, ref_name)
        if "allOf" in schema:
            out: dict[str, Any] = {}
            for member in schema["allOf"]:
                part = self.build(member, ctx, index, name)
                if not isinstance(part, dict):
                    return part  # an allOf that wraps a single non-object schema
                for key, value in part.items():
                    out.setdefault(key, value)
            if "properties" in schema:
                for key, value in self._object(schema, ctx, index, name).items():
                    out.setdefault(key, value)
            return out
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                branches = [b for b in schema[keyword] if b.get("type") != "null"]
                return self.build(branches[0], ctx, index, name)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "object" or "properties" in schema:
            return self._object(schema, ctx, index, name)
        if kind == "array":
            return [self.build(schema.get("items", {}), ctx, j, name) for j in range(ctx.count(name))]
        if "enum" in schema:
            return schema["enum"][0]
        raise SynthesisError(f"{name or 'body'}: no builder or rule for a bare {kind} value")

    def _rule(self, name: str, prop: str) -> Rule | None:
        return self.rules.get((name, prop)) or self.rules.get(("*", prop))

    def _object(self, schema: dict[str, Any], ctx: Any, index: int, name: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for prop, sub in schema.get("properties", {}).items():
            rule = self._rule(name, prop)
            if rule is not None:
                value = rule(ctx, index)
            elif isinstance(sub, dict) and sub.get("type") == "array":
                value = [
                    self.build(sub.get("items", {}), ctx, j, f"{name}.{prop}")
                    for j in range(ctx.count(f"{name}.{prop}"))
                ]
            elif isinstance(sub, dict) and ("$ref" in sub or "allOf" in sub or sub.get("type") == "object"):
                value = self.build(sub, ctx, index, f"{name}.{prop}")
            else:
                raise SynthesisError(f"no rule for property {name}.{prop}")
            if value is not OMIT:
                out[prop] = value
        return out
