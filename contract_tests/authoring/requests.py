"""Request values: what a parameter is set to when a plan does not say, and how values travel on the wire."""

from __future__ import annotations

from typing import Any

from buildlib.specs import Spec, deref

MISSING: Any = object()  # no value could be found


def wire(value: Any) -> str | list[str]:
    """A parameter value as it travels in a URL (booleans as true/false, lists as repeated values)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [str(wire(v)) for v in value]
    return str(value)


def parameter_default(document: Spec, schema: dict[str, Any]) -> Any:
    """The declared default of a parameter schema (following a $ref), or None."""
    resolved = deref(document, schema)
    return resolved.get("default") if isinstance(resolved, dict) else None


def parameter_example(document: Spec, raw: dict[str, Any]) -> Any:
    """The spec's own example for a parameter: `example`, the first of `examples`, then the schema's; else MISSING."""
    if "example" in raw:
        return raw["example"]
    for named in raw.get("examples", {}).values():
        example = deref(document, named)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    schema = deref(document, raw.get("schema", {}))
    if isinstance(schema, dict):
        if "example" in schema:
            return schema["example"]
        if schema.get("examples"):
            return schema["examples"][0]
    return MISSING
