"""Types promise only what evidence shows: `required` in response schemas that no real body or document backs.

A response schema reachable only from operations rated below `shows_fields` (confidence.toml ranks the
vocabulary) keeps its fields but no longer requires them: its `required` list moves to `x-assumed-required`,
and each such property's description says the field is assumed. A schema that an operation rated at least
`shows_fields` also reaches keeps `required` as written. `effective_spec` applies this to every spec, so the
generated models, the spec index and the exported specs agree; the drift tooling reads `x-assumed-required`
back (`required_fields`) so a missing assumed field is still reported, and strict mode still raises on it.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .specs import Spec, operations, resolve_pointer

ASSUMED = "x-assumed-required"
VOCABULARY_FILE = Path(__file__).with_name("confidence.toml")

_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = ("items", "contains", "not", "if", "then", "else", "propertyNames", "additionalProperties")
_SCHEMA_ONE_MORE = ("unevaluatedItems", "unevaluatedProperties")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


@dataclass(frozen=True)
class Vocabulary:
    """confidence.toml: the levels weakest first and what each lets a response schema promise."""

    levels: tuple[str, ...]
    shows_fields: str
    body_seen: str
    unrated: str
    operation_keys: tuple[str, ...]
    response_keys: tuple[str, ...]
    assumed_note: str

    def rank(self, value: object) -> int:
        """A rating's place in the order (its first word counts); an unknown level ranks below every known one."""
        word = str(value).split()[0] if str(value).strip() else ""
        return self.levels.index(word) if word in self.levels else -1

    def level(self, rating: object) -> str:
        """The level a rating states (its note dropped), or the rating as written when it names no level."""
        rank = self.rank(rating)
        return self.levels[rank] if rank >= 0 else str(rating)

    def shows(self, rating: str) -> bool:
        """Whether a response rated so shows its fields (so its schema may require them)."""
        return self.rank(rating) >= self.rank(self.shows_fields)


@cache
def vocabulary() -> Vocabulary:
    data = tomllib.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    vocab = Vocabulary(
        levels=tuple(data["levels"]),
        shows_fields=str(data["shows_fields"]),
        body_seen=str(data["body_seen"]),
        unrated=str(data["unrated"]),
        operation_keys=tuple(data["operation_keys"]),
        response_keys=tuple(data["response_keys"]),
        assumed_note=str(data["assumed_note"]).strip(),
    )
    for name in ("shows_fields", "body_seen", "unrated"):
        if getattr(vocab, name) not in vocab.levels:
            raise ValueError(f"{VOCABULARY_FILE.name}: {name} names no level")
    return vocab


def _stated(op: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        node: Any = op
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, str) and node.strip():
            return node
    return None


def operation_rating(op: dict[str, Any]) -> str:
    """How well the operation is known, as it states (the `unrated` level when it states nothing)."""
    vocab = vocabulary()
    return _stated(op, vocab.operation_keys) or vocab.unrated


def response_rating(op: dict[str, Any]) -> str:
    """How well the operation's response is known: its own rating if stated, else the operation's.

    An operation rated `body_seen` had a real body seen, which outranks an older rating of its response.
    """
    vocab = vocabulary()
    overall = operation_rating(op)
    own = _stated(op, vocab.response_keys)
    if own is None:
        return overall
    if vocab.rank(overall) == vocab.rank(vocab.body_seen) and vocab.rank(overall) > vocab.rank(own):
        return overall
    return own


def required_fields(schema: Any) -> list[str]:
    """Every field a schema expects: `required` and `x-assumed-required` (what drift checks hold a body to)."""
    if not isinstance(schema, dict):
        return []
    names = [*(schema.get("required") or []), *(schema.get(ASSUMED) or [])]
    return list(dict.fromkeys(n for n in names if isinstance(n, str)))


def restored(document: Spec) -> Spec:
    """A copy of a document whose `x-assumed-required` lists are back in `required` (the strict drift copy)."""
    doc = copy.deepcopy(document)
    for schema in _all_schemas(doc):
        if isinstance(schema.get(ASSUMED), list):
            schema["required"] = required_fields(schema)
    return doc


# --- walking schemas ------------------------------------------------------------------------------------------


def _subschemas(schema: dict[str, Any]) -> Iterator[Any]:
    for key in _SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            yield from schema[key].values()
    for key in (*_SCHEMA_ONE, *_SCHEMA_ONE_MORE):
        if key in schema:
            yield schema[key]
    for key in _SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            yield from schema[key]


def _schemas_in(schema: Any, seen: set[int]) -> Iterator[dict[str, Any]]:
    """A schema and every schema nested in it, without following $refs (each object once)."""
    if not isinstance(schema, dict) or id(schema) in seen:
        return
    seen.add(id(schema))
    yield schema
    for sub in _subschemas(schema):
        yield from _schemas_in(sub, seen)


def _response_schemas(response: Any) -> Iterator[Any]:
    if isinstance(response, dict):
        for media in (response.get("content") or {}).values():
            if isinstance(media, dict) and "schema" in media:
                yield media["schema"]


def _all_schemas(doc: Spec) -> Iterator[dict[str, Any]]:
    seen: set[int] = set()
    components = doc.get("components") or {}
    for schema in (components.get("schemas") or {}).values():
        yield from _schemas_in(schema, seen)
    for response in (components.get("responses") or {}).values():
        for schema in _response_schemas(response):
            yield from _schemas_in(schema, seen)
    for _, _, op in operations(doc):
        for response in (op.get("responses") or {}).values():
            for schema in _response_schemas(response):
                yield from _schemas_in(schema, seen)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _component(ref: str) -> str | None:
    """The component a local reference points into ('#/components/schemas/X/properties/y' -> its X)."""
    parts = ref.split("/")
    return "/".join(parts[:4]) if ref.startswith("#/components/") and len(parts) >= 4 else None


def reached(spec: Spec, node: Any) -> set[str]:
    """Every component a node reaches through $refs, transitively."""
    found: set[str] = set()
    todo = [node]
    while todo:
        for ref in _refs(todo.pop()):
            root = _component(ref)
            if root is None or root in found:
                continue
            found.add(root)
            try:
                todo.append(resolve_pointer(spec, root))
            except KeyError:
                continue  # a dangling reference is the validator's to report
    return found


# --- the rule -------------------------------------------------------------------------------------------------


@dataclass
class Demotion:
    """What `demote` did: the `required` entries it moved, by schema location, and the operations affected."""

    moved: dict[str, list[str]] = field(default_factory=dict)  # JSON pointer of the schema -> field names
    operations: list[str] = field(default_factory=list)  # "METHOD path" of operations below shows_fields

    @property
    def count(self) -> int:
        return sum(len(names) for names in self.moved.values())


def _demote_schema(schema: dict[str, Any], where: str, out: Demotion) -> None:
    names = [n for n in schema.get("required") or [] if isinstance(n, str)]
    if not isinstance(schema.get("required"), list) or not names:
        return
    del schema["required"]
    schema[ASSUMED] = list(dict.fromkeys([*(schema.get(ASSUMED) or []), *names]))
    note = vocabulary().assumed_note
    declared = schema.get("properties")
    properties: dict[str, Any] = declared if isinstance(declared, dict) else {}
    for name in names:
        prop = properties.get(name)
        if isinstance(prop, dict):
            text = str(prop.get("description") or "").strip()
            if note not in text:
                prop["description"] = f"{text} {note}".strip()
    out.moved.setdefault(where, []).extend(names)


def demote(spec: Spec) -> Demotion:
    """Move `required` to `x-assumed-required` (in place) in every response schema no evidence backs.

    Only schemas reachable from no operation whose response is rated at least `shows_fields` are changed: a
    schema an evidenced operation shares keeps `required`, and so does one a request (parameters, request body)
    reaches, whose `required` is what the client must send.
    """
    vocab = vocabulary()
    out = Demotion()
    weak_ops: list[tuple[str, dict[str, Any]]] = []
    backed: set[str] = set()
    weak_reach: set[str] = set()
    for method, path, op in operations(spec):
        backed |= reached(spec, {k: v for k, v in op.items() if k != "responses"})  # what requests carry
        components = reached(spec, op.get("responses") or {})
        if vocab.shows(response_rating(op)):
            backed |= components
        else:
            weak_ops.append((f"{method.upper()} {path}", op))
            weak_reach |= components
    for label, op in weak_ops:
        out.operations.append(label)
        for status, response in (op.get("responses") or {}).items():
            for index, schema in enumerate(_response_schemas(response)):
                for inner in _schemas_in(schema, set()):
                    _demote_schema(inner, f"{label} {status} #{index}", out)
    for root in sorted(weak_reach - backed):
        node = resolve_pointer(spec, root)
        starts = list(_response_schemas(node)) if root.startswith("#/components/responses/") else [node]
        for schema in starts:
            for inner in _schemas_in(schema, set()):
                _demote_schema(inner, root, out)
    return out
