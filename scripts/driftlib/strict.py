"""A test-time copy of a spec in which every object schema forbids unknown properties.

The committed specs leave response objects open so that the generated models keep unknown keys. To notice
drift we validate against a stricter copy:

* compositions of object schemas are folded into one object by the spec library (buildlib.specs
  effective_schema: properties merged, `required` united) before closing them; closing each member
  separately would reject the members' own fields.
* every object schema without an `additionalProperties` declaration gets `additionalProperties: false`;
  objects that declare one (a schema, or an explicit `true`, as maps such as database rows do) keep it.
* an object schema that names no properties at all (`{type: object}` alone) is a placeholder for a shape
  nobody has observed yet; it stays open, since closing it would reject every possible body.
* fields a schema only assumes (`x-assumed-required`, buildlib.assumed) are required again, so a body that
  lacks one is reported (as field-removed, noted as assumed) although the generated models do not require it.
* OpenAPI 3.0 `nullable: true` becomes a `"null"` member of `type` (the same fold), so null is judged the
  same way in both spec dialects.

Validation uses jsonschema's Draft 2020-12 validator with a `referencing` registry over the whole strict
document, so `$ref`s into components resolve to their strict versions. Declared `format`s are asserted (JSON
Schema leaves them as annotations by default): `uri` through rfc3986-validator, a pinned dependency, so an
`href` that is not a URI is drift like any other violation. `ASSERTED_FORMATS` lists what this checker asserts.
"""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._speclib import assumed, effective_schema, needs_fold, specs
from .spec import Spec, SpecError, resolve_pointer

BASE_URI = "urn:drift:spec"
FORMAT_CHECKER: FormatChecker = Draft202012Validator.FORMAT_CHECKER
# The formats whose library is installed (uri needs rfc3986-validator); a test checks every declared one is here.
ASSERTED_FORMATS = frozenset(FORMAT_CHECKER.checkers)

_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = ("items", "contains", "not", "if", "then", "else", "propertyNames", "unevaluatedItems")
_SCHEMA_LISTS = ("anyOf", "oneOf", "prefixItems")
_COMPOSED = ("anyOf", "oneOf", "$ref", "not", "if")


def _is_placeholder(schema: dict[str, Any]) -> bool:
    """An object schema that says nothing about its members (shape not observed)."""
    return not any(k in schema for k in ("properties", "patternProperties", "required", *_COMPOSED))


def _is_object(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if isinstance(kind, list):
        return "object" in kind
    if kind is not None:
        return bool(kind == "object")
    return "properties" in schema or "required" in schema


class _Strictifier:
    """Builds strict copies of schemas of one document (compositions are folded by the spec library)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def strict(self, schema: Any) -> Any:
        """The strict copy of one schema (recursively)."""
        if not isinstance(schema, dict):
            return schema
        if needs_fold(schema):  # compositions of objects become one object before it is closed
            try:
                schema = effective_schema(self.document, schema)
            except specs.SpecError as exc:
                raise SpecError(str(exc)) from exc
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                out[key] = {name: self.strict(sub) for name, sub in value.items()}
            elif key in _SCHEMA_ONE:
                out[key] = [self.strict(s) for s in value] if isinstance(value, list) else self.strict(value)
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self.strict(s) for s in value]
            elif key == "additionalProperties":
                out[key] = self.strict(value)
            elif key in ("example", "examples"):
                continue  # annotations only; the seed examples are not schemas
            else:
                out[key] = copy.deepcopy(value)
        declared = "additionalProperties" in out or "unevaluatedProperties" in out
        if _is_object(out) and not declared and not _is_placeholder(out):
            out["additionalProperties"] = False
        return out


def strict_document(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` whose component schemas and response schemas are strict.

    Fields the spec only assumes (`x-assumed-required`) are required again here: a body without one is drift.
    """
    document = assumed.restored(document)
    maker = _Strictifier(document)
    doc = copy.deepcopy(document)
    components = doc.get("components", {})
    components["schemas"] = {n: maker.strict(s) for n, s in document.get("components", {}).get("schemas", {}).items()}
    for response in components.get("responses", {}).values():
        _strict_content(maker, response)
    for item in doc.get("paths", {}).values():
        for op in item.values() if isinstance(item, dict) else []:
            if isinstance(op, dict):
                for response in op.get("responses", {}).values():
                    _strict_content(maker, response)
    return doc


def _strict_content(maker: _Strictifier, response: Any) -> None:
    if not isinstance(response, dict):
        return
    for media in response.get("content", {}).values():
        if isinstance(media, dict) and "schema" in media:
            media["schema"] = maker.strict(media["schema"])


class StrictValidator:
    """Validates instances against schemas of the strict copy of one spec, addressed by JSON pointer."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.document = strict_document(spec.document)
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(BASE_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        """The validator for the schema at `pointer` (e.g. #/components/schemas/Error), cached."""
        if pointer not in self._validators:
            resolve_pointer(self.document, pointer)  # fail early, with a clear message, on a bad pointer
            fragment = quote(pointer[1:], safe="/~")
            self._validators[pointer] = Draft202012Validator(
                {"$ref": f"{BASE_URI}#{fragment}"}, registry=self.registry, format_checker=FORMAT_CHECKER
            )
        return self._validators[pointer]

    def locate(self, pointer: str, error: ValidationError) -> str:
        """The JSON pointer, in the committed spec, of the schema `error` broke (validated from `pointer`).

        jsonschema's schema path leaves `$ref` hops out, so it is replayed through the strict copy, following
        a node's `$ref` whenever the next keyword is not the node's own. The result is trimmed to the nearest
        node that exists in the committed spec (composition members were merged in the strict copy).
        """
        node: Any = resolve_pointer(self.document, pointer)
        location = pointer
        for token in [*list(error.absolute_schema_path)[:-1], None]:  # None: land on the schema itself
            while (ref := specs.ref_of(node)) is not None and token not in node:
                location = ref
                node = resolve_pointer(self.document, location)
            if token is None:
                break
            try:
                node = node[token]
            except (KeyError, IndexError, TypeError):
                break
            location += "/" + str(token).replace("~", "~0").replace("/", "~1")
        return _existing(self.spec.document, location)

    def errors(self, pointer: str, instance: Any) -> list[ValidationError]:
        """Every violation of the schema at `pointer` by `instance`, in document order."""
        return sorted(self.validator(pointer).iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])


def _existing(document: dict[str, Any], pointer: str) -> str:
    """`pointer`, or its longest prefix that resolves in `document`."""
    parts = pointer.split("/")
    while len(parts) > 1:
        candidate = "/".join(parts)
        try:
            resolve_pointer(document, candidate)
        except SpecError:
            parts.pop()
            continue
        return candidate
    return pointer
