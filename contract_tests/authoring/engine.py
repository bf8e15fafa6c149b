"""Fill a response schema with a plausible value, and fit a hand-written body to the schema it must satisfy.

Values are chosen in one order everywhere: the spec's own `example`/`examples`, its `default`, the first enum
member, the API's vocabulary (values by property name, a data file), then a value made from the type alone.
Schemas are read through the spec library's fold, so composition, nullability and unions mean the same here as in
the build and the drift monitor.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from buildlib.assumed import required_fields
from buildlib.specs import Spec, effective_schema, is_nullable, json_path, schema_types

LIST_LENGTH = 2  # items in a list the engine makes up
MAX_DEPTH = 12  # recursive schemas stop here

_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def fits(value: Any, folded: dict[str, Any]) -> bool:
    """Whether `value` has a type the folded schema allows and meets its pattern, length and range limits."""
    types = schema_types(folded)
    if isinstance(value, bool):
        if types and "boolean" not in types:
            return False
    elif types and not any(isinstance(value, _PYTHON_TYPES.get(t, ())) for t in types):
        return False
    if isinstance(value, str):
        if folded.get("format") in ("uri", "url") and not value.startswith(("https://", "http://")):
            return False
        pattern = folded.get("pattern")
        size_ok = folded.get("minLength", 0) <= len(value) <= folded.get("maxLength", len(value))
        return size_ok and (pattern is None or re.search(pattern, value) is not None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return bool(folded.get("minimum", value) <= value <= folded.get("maximum", value))
    return True


class Engine:
    """Builds and fits bodies for one spec document with one vocabulary."""

    def __init__(self, document: Spec, vocabulary: Mapping[str, list[Any]]) -> None:
        self.document = document
        self.vocabulary = vocabulary
        servers = document.get("servers") or [{"url": "https://example.org"}]
        self.base_url = str(servers[0]["url"]).rstrip("/")  # made-up links point into the API

    def fill(self, schema: Any, name: str = "", index: int = 0, depth: int = 0) -> Any:
        """A value for `schema`; `name` is the property it fills (for the vocabulary), `index` its list position."""
        folded = effective_schema(self.document, schema)
        types = schema_types(folded)
        if "example" in folded:
            return copy.deepcopy(folded["example"])
        if isinstance(folded.get("examples"), list) and folded["examples"]:
            return copy.deepcopy(folded["examples"][0])
        if "default" in folded:
            return copy.deepcopy(folded["default"])
        members = [v for v in folded.get("enum", []) if v is not None]
        if members:
            return members[index % len(members)]
        known = [v for v in self.vocabulary.get(name, []) if fits(v, folded)]
        if known:
            return copy.deepcopy(known[index % len(known)])
        for union in ("anyOf", "oneOf"):
            if folded.get(union):
                return self.fill(folded[union][0], name, index, depth + 1)
        kind = types[0] if types else ("object" if "properties" in folded else "string")
        if kind == "object":
            if depth >= MAX_DEPTH:
                return {}
            props = folded.get("properties", {})
            return {prop: self.fill(sub, prop, index, depth + 1) for prop, sub in props.items()}
        if kind == "array":
            if depth >= MAX_DEPTH:
                return []
            return [self.fill(folded.get("items", {}), name, j, depth + 1) for j in range(LIST_LENGTH)]
        return _scalar(kind, folded, name, index, self.base_url)

    def fit(self, value: Any, schema: Any, path: tuple[Any, ...], notices: list[str], depth: int = 0) -> Any:
        """`value` with members the schema no longer declares dropped and missing required members filled.

        Closed means what the drift monitor's strict copy means: an object schema that names properties and
        declares no `additionalProperties`. Every change is described in `notices`.
        """
        folded = effective_schema(self.document, schema)
        if depth >= MAX_DEPTH or any(u in folded for u in ("anyOf", "oneOf")):
            return value
        value = self._retype(value, folded, path, notices, depth)
        if isinstance(value, list) and "items" in folded:
            return [self.fit(v, folded["items"], (*path, i), notices, depth + 1) for i, v in enumerate(value)]
        props = folded.get("properties")
        if not isinstance(value, dict) or not props:
            return value
        closed = "additionalProperties" not in folded and "patternProperties" not in folded
        out: dict[str, Any] = {}
        for key, member in value.items():
            if key in props:
                out[key] = self.fit(member, props[key], (*path, key), notices, depth + 1)
            elif closed:
                notices.append(f"{json_path((*path, key))}: dropped (the spec does not declare it)")
            else:
                out[key] = member
        for key in required_fields(folded):
            if key not in out and key in props:
                out[key] = self.fill(props[key], key, 0, depth + 1)
                notices.append(f"{json_path((*path, key))}: filled in (the spec requires it)")
        return out

    def _retype(self, value: Any, folded: dict[str, Any], path: tuple[Any, ...], notices: list[str], depth: int) -> Any:
        """A value of a type the schema allows: a list becomes its first item, an item a one-item list, else refill."""
        types = schema_types(folded)
        if not types or (value is None and is_nullable(folded)) or fits(value, {"type": types}):
            return value
        where = json_path(path)
        if "object" in types and isinstance(value, list) and value and isinstance(value[0], dict):
            notices.append(f"{where}: the spec wants one object; kept the first of {len(value)} items")
            return value[0]
        if "array" in types and isinstance(value, dict):
            notices.append(f"{where}: the spec wants a list; wrapped the object")
            return [value]
        notices.append(f"{where}: the spec wants {' or '.join(types)}; value rebuilt from the schema")
        return self.fill(folded, str(path[-1]) if path else "", 0, depth + 1)


def _scalar(kind: str, folded: dict[str, Any], name: str, index: int, base_url: str) -> Any:
    """A value made from the type and format alone (the last resort)."""
    if kind == "integer":
        return int(folded.get("minimum", 1)) + index
    if kind == "number":
        return float(folded.get("minimum", 1)) + index
    if kind == "boolean":
        return index % 2 == 1
    if kind == "null":
        return None
    form = folded.get("format")
    if form in ("uri", "url"):
        return f"{base_url}/{name or 'resource'}/{index + 1}"
    if form == "date":
        return "2025-01-15"
    if form == "date-time":
        return "2025-01-15T12:00:00Z"
    return f"{name or 'value'} {index + 1}"
