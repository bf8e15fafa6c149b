"""Load, check and normalize OpenAPI documents, and read their schemas the one way the project reads them.

Errors name the file and the JSON path, so a broken spec points at its own mistake. `effective_schema` is the only
place that interprets `$ref`, `allOf`, `nullable` and `anyOf`/`oneOf`; every tool folds schemas through it.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.metadata
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from . import memo
from .project import BuildError

Spec = dict[str, Any]
Schema = dict[str, Any]


class SpecError(BuildError):
    """A spec cannot be read as written: a dangling or cyclic $ref, or allOf members that contradict."""


class RefError(SpecError, KeyError):
    """A $ref that points nowhere or loops (a KeyError too, for callers that catch lookups)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unresolvable reference"


# libyaml's safe loader when PyYAML was built with it (the same documents, several times faster), else pure Python.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """YAML text as data through the one loader; parsed once per process per content, a fresh copy each call."""
    return memo.remember("yaml", memo.digest(text), lambda: yaml.load(text, Loader=YAML_LOADER))


def load_spec(path: Path) -> Spec:
    """Read a JSON or YAML OpenAPI document (parsed once per process per content; each caller gets a copy)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BuildError(f"{path}: cannot read spec ({exc.strerror})") from exc
    is_json = path.suffix == ".json"
    try:
        data = memo.remember(
            "spec-json" if is_json else "yaml",
            memo.digest(text),
            lambda: json.loads(text) if is_json else yaml.load(text, Loader=YAML_LOADER),
        )
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise BuildError(f"{path}: not valid {path.suffix.lstrip('.').upper()}: {exc}") from exc
    if not isinstance(data, dict):
        raise BuildError(f"{path}: top level must be an object")
    return data


_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts: Iterable[Any]) -> str:
    """Render a key sequence as a JSONPath like $.paths["/about"].get or $.occupation[0].code."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and _IDENTIFIER.match(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part)}]"
    return out


def _walk_refs(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield (*path, "$ref"), ref
        for key, value in node.items():
            yield from _walk_refs(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_refs(value, (*path, index))


def resolve_pointer(spec: Spec, ref: str) -> Any:
    """Follow a local '#/a/b' reference; RefError (a KeyError) when it is not local or points nowhere."""
    if not isinstance(ref, str) or not ref.startswith("#/"):
        raise RefError(f"reference {ref!r} is not local (specs must be self-contained)")
    node: Any = spec
    for raw in ref.removeprefix("#/").split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise RefError(f"reference {ref!r} points to nothing")
    return node


def deref(spec: Spec, node: Any) -> Any:
    """Follow a chain of $refs to the node it ends at; RefError (a KeyError) when it dangles or loops."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise RefError(f"reference cycle at {ref!r}")
        seen.add(ref)
        node = resolve_pointer(spec, ref)
    return node


COMPONENT_SCHEMAS = "#/components/schemas/"


def ref_of(node: Any) -> str | None:
    """The `$ref` a schema node holds (None for an inline schema)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref if isinstance(ref, str) else None


def is_component_ref(node: Any) -> bool:
    """Whether a node is nothing but a reference to a component schema (`{"$ref": "#/components/schemas/X"}`)."""
    ref = ref_of(node)
    return ref is not None and ref.startswith(COMPONENT_SCHEMAS) and len(node) == 1


def split_common_members(a: Any, b: Any) -> tuple[list[str], Any, Any]:
    """Component schemas that both schemas compose as whole allOf members, and both schemas without them.

    A spec diff compares such a shared envelope once, as itself, rather than inside every schema that uses it.
    """
    refs_b = {ref_of(m) for m in _all_of(b) if is_component_ref(m)}
    common = [str(ref_of(m)) for m in _all_of(a) if is_component_ref(m) and ref_of(m) in refs_b]
    for ref in common:
        a, b = _without_member(a, ref), _without_member(b, ref)
    return common, a, b


def _all_of(node: Any) -> list[Any]:
    members = node.get("allOf") if isinstance(node, dict) else None
    return members if isinstance(members, list) else []


def _without_member(node: Schema, ref: str) -> Schema:
    """A copy of a composed schema without its member `{"$ref": ref}`."""
    return {**node, "allOf": [m for m in node["allOf"] if m != {"$ref": ref}]}


_JSON_TYPES = frozenset({dict, list, str, int, float, bool, type(None)})


def canonical_key(data: Any) -> str | None:
    """Digest of data's canonical JSON (sorted keys), or None when data is not plain JSON.

    Plain means exactly the JSON types with string keys, so that equal keys mean equal documents (JSON text
    alone would conflate the key 200 with "200", or a tuple with a list).
    """
    stack, seen = [data], set()
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind not in _JSON_TYPES:
            return None
        if kind is dict or kind is list:
            if id(node) in seen:  # shared by YAML aliases, or a cycle (json.dumps refuses that one below)
                continue
            seen.add(id(node))
        if kind is dict:
            if any(type(key) is not str for key in node):
                return None
            stack.extend(node.values())
        elif kind is list:
            stack.extend(node)
    try:
        text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except ValueError:
        return None
    return memo.digest(text)


# What a check's outcome depends on besides the document: the validator's and its engines' releases, this code.
_VALIDATOR_DISTRIBUTIONS = ("openapi-spec-validator", "openapi-schema-validator", "jsonschema", "referencing")
_CHECKER = memo.digest(
    *(f"{name}=={importlib.metadata.version(name)}" for name in _VALIDATOR_DISTRIBUTIONS), Path(__file__).read_bytes()
)


def check_spec(spec: Spec, source: Path | str) -> None:
    """Raise BuildError naming file and JSON path for dangling $refs and OpenAPI schema violations.

    A document found valid once (same canonical JSON) is not validated again in this process, nor in others
    sharing $DOL_SDK_BUILD_CACHE (buildlib.memo); an invalid one is checked at every call, so its message always
    names the caller's source.
    """
    document = canonical_key(spec)
    key = memo.digest(document, _CHECKER) if document is not None else None
    memo.settle("valid-openapi", key, lambda: _check(spec, source))


def _check(spec: Spec, source: Path | str) -> None:
    problems = []
    for where, ref in _walk_refs(spec):
        if not ref.startswith("#/"):
            problems.append(f"{json_path(where)}: external reference {ref!r} (specs must be self-contained)")
            continue
        try:
            resolve_pointer(spec, ref)
        except (KeyError, IndexError, ValueError):
            problems.append(f"{json_path(where)}: reference {ref!r} points to nothing")
    if not problems:
        version = str(spec.get("openapi", ""))
        if not version.startswith("3.1"):
            problems.append(f"$.openapi: expected an OpenAPI 3.1 document, found {version!r}")
        else:
            from openapi_spec_validator import OpenAPIV31SpecValidator  # here: 0.2 s to import, for validation only

            for error in OpenAPIV31SpecValidator(spec).iter_errors():
                problems.append(f"{json_path(list(error.absolute_path))}: {error.message}")
                if len(problems) >= 10:
                    break
    if problems:
        listing = "\n  ".join(problems)
        raise BuildError(f"{source}: invalid OpenAPI document\n  {listing}")


def normalize(spec: Spec) -> str:
    """Stable text for a spec: sorted keys, two-space indent, trailing newline."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (method, path, operation) for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in {"get", "put", "post", "delete", "options", "head", "patch", "trace"}:
                yield method, path, op


# --- path templates ------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")


def path_parameters(template: str) -> list[str]:
    """The parameter names of a path template, in order: /v1/{userId}/{keyword} -> ['userId', 'keyword']."""
    return _PLACEHOLDER.findall(template)


def match_path(template: str, path: str) -> dict[str, str] | None:
    """The raw (still percent-encoded) segment for each parameter when `path` fits `template`, else None.

    A parameter matches one non-empty path segment; literal text matches itself exactly.
    """
    pieces = _PLACEHOLDER.split(template)
    regex = "".join(re.escape(piece) if i % 2 == 0 else "([^/]+)" for i, piece in enumerate(pieces))
    found = re.fullmatch(regex, path)
    if found is None:
        return None
    return dict(zip(pieces[1::2], found.groups(), strict=True))


# --- effective schemas -----------------------------------------------------------------------------------
#
# effective_schema() folds one schema into a single object saying what a value must look like. It is shallow:
# nested schemas (properties, items, additionalProperties, union branches) are returned as written, and a
# caller folds them again when it descends, which keeps recursive schemas finite.
#
# Rules (the only ones in the project):
# 1. $ref is followed (chains too); a dangling, non-local or cyclic reference raises RefError. Keywords beside a
#    $ref (allowed in OpenAPI 3.1) are folded in as if they were one more allOf member after the target.
# 2. allOf: the members are folded one by one, in order (the referenced target first, the schema's own keywords
#    last), and merged:
#    - annotations (title, description, example(s), default, deprecated, readOnly, writeOnly, x-*): the later
#      member wins, so a property's own description overrides the one of the component it references;
#    - type and enum: intersected (integer counts as a number); an empty intersection raises SpecError;
#    - required (and x-assumed-required, buildlib.assumed): united, in order of first mention;
#    - properties, patternProperties: united in order of first appearance; a name declared by two members
#      becomes {"allOf": [earlier, later]}, folded in turn when read; items likewise;
#    - additionalProperties: false when any member says false; two schemas become an allOf; true adds nothing;
#    - lower bounds (minimum, minLength, ...) take the largest value, upper bounds the smallest;
#    - anything else (pattern, format, const, multipleOf, ...) must agree, or SpecError names the keyword.
# 3. Nullability has one spelling: `type` is a list, with "null" last when null is allowed. OpenAPI 3.0
#    `nullable: true`, `type: [x, "null"]`, a null enum member and a `{type: "null"}` union branch all end
#    up there; `nullable` itself is dropped. `const: v` becomes `enum: [v]`. Without a declared type, one is
#    inferred from properties/required/additionalProperties (object) or items (array).
# 4. anyOf / oneOf: null branches are removed (they make the schema nullable). If one branch remains it is
#    folded in under the schema's own keywords (so `anyOf: [{$ref: X}, {type: "null"}]` reads as a nullable X
#    with the property's own description). If several remain the keyword stays, listing them as written, and
#    `type` (when not declared) is the union of their types.
#    Two members of one allOf that both carry a union raise SpecError (no spec here needs that).

_ANNOTATIONS = frozenset(
    {"title", "description", "example", "examples", "default", "deprecated", "readOnly", "writeOnly"}
    | {"externalDocs", "xml", "$comment", "$id", "$schema", "$anchor", "discriminator", "contentMediaType"}
)
_LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"})
_UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"})
_UNIONS = ("anyOf", "oneOf")
_UNITED = frozenset({"required", "x-assumed-required"})
_NULL = "null"


def effective_schema(spec: Spec, schema: Any) -> Schema:
    """The folded form of `schema` (see the rules above); {} for an absent schema or `true`.

    The result and its top-level maps and lists are new; the nested schemas in them are the spec's own.
    """
    return _fold(spec, schema, ())


_FOLDED = ("allOf", "nullable")  # keywords only the fold gives meaning to (anyOf/oneOf are valid JSON Schema)


def needs_fold(schema: Any) -> bool:
    """Whether a schema holds keywords JSON Schema does not read as OpenAPI means them (allOf merging, nullable)."""
    return isinstance(schema, dict) and any(k in schema for k in _FOLDED)


def schema_types(schema: Schema) -> list[str]:
    """The non-null types a folded schema allows, in declaration order ([] when any type goes)."""
    return [t for t in schema.get("type", []) if t != _NULL]


def is_nullable(schema: Schema) -> bool:
    """Whether a folded schema allows null."""
    return _NULL in schema.get("type", [])


def _fold(spec: Spec, schema: Any, refs: tuple[str, ...]) -> Schema:
    if schema is None or schema is True:
        return {}
    if schema is False:
        return {"not": {}}
    if not isinstance(schema, dict):
        raise SpecError(f"not a schema: {schema!r}")
    parts: list[Schema] = []
    ref = schema.get("$ref")
    if ref is not None:
        if ref in refs:
            raise RefError(f"reference cycle at {ref!r}")
        parts.append(_fold(spec, resolve_pointer(spec, ref), (*refs, ref)))
    parts += [_fold(spec, member, refs) for member in schema.get("allOf", [])]
    own = {k: v for k, v in schema.items() if k not in ("$ref", "allOf")}
    parts.append(_normalize(spec, own, refs))
    out: Schema = {}
    for part in parts:
        out = _merge(out, part)
    return out


def _type_list(value: Any) -> list[str]:
    listed = [value] if isinstance(value, str) else [str(v) for v in value]
    unique = list(dict.fromkeys(listed))
    return [t for t in unique if t != _NULL] + ([_NULL] if _NULL in unique else [])


def _is_null_branch(spec: Spec, branch: Any, refs: tuple[str, ...]) -> bool:
    folded = _fold(spec, branch, refs)
    return folded.get("type") == [_NULL] or folded.get("enum") == [None]


def _normalize(spec: Spec, own: Schema, refs: tuple[str, ...]) -> Schema:
    """One schema's own keywords (no $ref/allOf) in the normal form of rule 3 and 4."""
    out = dict(own)
    nullable = out.pop("nullable", False) is True
    if "const" in out:
        out["enum"] = [out.pop("const")]
    if "type" in out:
        out["type"] = _type_list(out["type"])
    for keyword in _UNIONS:
        if keyword in out:
            out, null_branch = _fold_union(spec, out, keyword, refs)
            nullable = nullable or null_branch
    if "type" not in out and not any(k in out for k in _UNIONS):
        implied = _implied_type(out)
        if implied:
            out["type"] = implied
    if "enum" in out and None in out["enum"]:
        nullable = True
    return _with_null(out) if nullable else out


def _fold_union(spec: Spec, out: Schema, keyword: str, refs: tuple[str, ...]) -> tuple[Schema, bool]:
    """`out` with its `keyword` union's null branches dropped (and a lone branch merged in); whether one was null."""
    listed = out.pop(keyword)
    branches = [b for b in listed if not _is_null_branch(spec, b, refs)]
    null_branch = len(branches) < len(listed)
    if len(branches) == 1:
        return _merge(_fold(spec, branches[0], refs), out), null_branch
    if branches:
        out[keyword] = branches
        if "type" not in out:
            types = [_fold(spec, b, refs).get("type") for b in branches]
            if all(types):
                out["type"] = _type_list([t for listed_types in types for t in listed_types or []])
    elif "type" not in out:
        out["type"] = [_NULL]
    return out, null_branch


def _implied_type(schema: Schema) -> list[str]:
    """The type a schema's structural keywords imply when it names none ([] when none is implied)."""
    if any(k in schema for k in ("properties", "required", "additionalProperties", "patternProperties")):
        return ["object"]
    if "items" in schema or "prefixItems" in schema:
        return ["array"]
    return []


def _with_null(schema: Schema) -> Schema:
    """A nullable schema's type and enum with null added (rule 4)."""
    if "type" in schema and _NULL not in schema["type"]:
        schema["type"] = [*schema["type"], _NULL]
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    return schema


def _intersect_types(left: list[str], right: list[str]) -> list[str]:
    kept = [t for t in left if t in right or (t == "integer" and "number" in right)]
    kept += [t for t in right if t == "integer" and "number" in left and t not in kept]
    return _type_list(kept) if kept else []


def _lazy_all_of(earlier: Any, later: Any) -> Any:
    return {"allOf": [earlier, later]}


def _merge(out: Schema, part: Schema) -> Schema:
    """`out` and `part` merged by rule 2 (both already folded)."""
    merged = dict(out)
    for key, value in part.items():
        if key in _UNIONS and any(u in merged for u in _UNIONS):
            raise SpecError(f"two allOf members both declare a union ({key}); write them as one union")
        if key in merged:
            merged[key] = _merge_keyword(key, merged[key], value)
        else:
            merged[key] = dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value
    return merged


def _merge_keyword(key: str, current: Any, value: Any) -> Any:
    """The merged value of one keyword both allOf members declare (rule 2)."""
    if key in _UNITED:
        return list(dict.fromkeys([*current, *value]))
    if key in _ANNOTATIONS or key.startswith("x-"):
        return value
    if key == "type":
        both = _intersect_types(current, value)
        if not both:
            raise SpecError(f"allOf members disagree on type: {current} and {value}")
        return both
    if key == "enum":
        keep = [v for v in current if any(v == w and type(v) is type(w) for w in value)]
        if not keep:
            raise SpecError(f"allOf members allow no common enum value: {current} and {value}")
        return keep
    if key in ("properties", "patternProperties"):
        props = dict(current)
        for name, sub in value.items():
            props[name] = _lazy_all_of(props[name], sub) if name in props else sub
        return props
    if key == "additionalProperties":
        return _merge_additional(current, value)
    if key == "items":
        return _lazy_all_of(current, value)
    if key in _LOWER_BOUNDS:
        return max(current, value)
    if key in _UPPER_BOUNDS:
        return min(current, value)
    if current != value:
        raise SpecError(f"allOf members disagree on {key}: {current!r} and {value!r}")
    return current


def _merge_additional(current: Any, value: Any) -> Any:
    """Two additionalProperties merged: false wins, true yields to the other, two schemas both apply."""
    if current is False or value is False:
        return False
    if current is True:
        return value
    if value is True:
        return current
    return _lazy_all_of(current, value)


# --- bundling: $refs into other files brought into the document (scripts/build.py --export) -------------

_Location = tuple[Path, str]  # (document, JSON pointer without the leading '#')


class _Bundler:
    """Rewrite a document so that every `$ref` points inside it."""

    def __init__(self, root_file: Path, root: Spec) -> None:
        self.root_file = root_file.resolve()
        self.root = root
        self.documents: dict[Path, Spec] = {self.root_file: root}
        self.hoisted: dict[tuple[str, str], tuple[_Location, Any]] = {}

    def bundle(self) -> Spec:
        bundled: Spec = self._rewrite(self.root, self.root_file, (), ())
        if self.hoisted:
            components = bundled.setdefault("components", {})
            for (section, name), (_, node) in sorted(self.hoisted.items(), key=lambda item: item[0]):
                components.setdefault(section, {})[name] = node
        return bundled

    def _error(self, document: Path, where: tuple[Any, ...], message: str) -> BuildError:
        return BuildError(f"{document}: {json_path(where)}: {message}")

    def _document(self, path: Path, referrer: Path, where: tuple[Any, ...]) -> Spec:
        if path not in self.documents:
            if not path.is_file():
                raise self._error(referrer, where, f"referenced file {path} does not exist")
            self.documents[path] = load_spec(path)
        return self.documents[path]

    def _target(self, ref: str, base: Path, where: tuple[Any, ...]) -> _Location:
        file_part, _, fragment = ref.partition("#")
        if "://" in file_part:
            raise self._error(base, where, f"remote reference {ref!r} cannot be bundled; copy it into openapi/")
        if fragment and not fragment.startswith("/"):
            raise self._error(base, where, f"reference {ref!r}: only JSON-pointer fragments are supported")
        path = (base.parent / file_part).resolve() if file_part else base
        return path, fragment

    def _resolve(self, location: _Location, base: Path, where: tuple[Any, ...], ref: str) -> Any:
        path, pointer = location
        document = self._document(path, base, where)
        if not pointer:
            return document
        try:
            return resolve_pointer(document, "#" + pointer)
        except (KeyError, IndexError, ValueError):
            raise self._error(base, where, f"reference {ref!r} points to nothing") from None

    def _rewrite(self, node: Any, base: Path, where: tuple[Any, ...], inlining: tuple[_Location, ...]) -> Any:
        if isinstance(node, list):
            return [self._rewrite(item, base, (*where, i), inlining) for i, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            location = self._target(ref, base, (*where, "$ref"))
            if location[0] != self.root_file:
                return self._external(node, ref, location, base, where, inlining)
            if not ref.startswith("#"):  # names the spec's own file (maybe from another file): make it local
                node = {**node, "$ref": "#" + location[1]}
        return {key: self._rewrite(value, base, (*where, key), inlining) for key, value in node.items()}

    def _external(
        self,
        node: dict[str, Any],
        ref: str,
        location: _Location,
        base: Path,
        where: tuple[Any, ...],
        inlining: tuple[_Location, ...],
    ) -> Any:
        path, pointer = location
        ref_where = (*where, "$ref")
        parts = pointer.split("/")[1:]
        if len(parts) == 3 and parts[0] == "components":
            section, name = parts[1], parts[2].replace("~1", "/").replace("~0", "~")
            key = (section, name)
            if key in self.hoisted:
                if self.hoisted[key][0] != location:
                    raise self._error(base, ref_where, f"{ref!r} and {self.hoisted[key][0][0]} both bundle as {name!r}")
            elif name in self.root.get("components", {}).get(section, {}):
                raise self._error(
                    base,
                    ref_where,
                    f"{ref!r} would be bundled as components.{section}.{name}, which the spec already defines",
                )
            else:
                target = self._resolve(location, base, ref_where, ref)
                self.hoisted[key] = (location, None)  # claimed first: a recursive schema refers to itself
                rewritten = self._rewrite(target, path, tuple(parts), ())
                self.hoisted[key] = (location, rewritten)
            escaped = parts[2]
            siblings = {k: self._rewrite(v, base, (*where, k), inlining) for k, v in node.items() if k != "$ref"}
            return {"$ref": f"#/components/{section}/{escaped}", **siblings}
        if location in inlining:
            raise self._error(
                base, ref_where, f"{ref!r} refers to itself; move the target under components/ to bundle it"
            )
        target = copy.deepcopy(self._resolve(location, base, ref_where, ref))
        origin = tuple(parts)
        inlined = self._rewrite(target, path, origin, (*inlining, location))
        siblings = {k: self._rewrite(v, base, (*where, k), inlining) for k, v in node.items() if k != "$ref"}
        if not siblings:
            return inlined
        if not isinstance(inlined, dict):
            raise self._error(base, ref_where, f"{ref!r} is not an object and cannot take sibling keys")
        return {**inlined, **siblings}  # Reference Object rule: the referrer's summary/description win


def bundle(root_file: Path, spec: Spec) -> Spec:
    """`spec` (read from `root_file`) with every `$ref` pointing inside it: components of other files hoisted
    under the same `#/components/<section>/<name>`, anything else inlined; BuildError names file and JSON path."""
    return _Bundler(root_file, spec).bundle()
