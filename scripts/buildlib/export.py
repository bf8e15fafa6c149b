"""Publish the specs for other languages' generators (scripts/build.py --export DIR).

For each API the export holds one self-contained document, written twice with the same content:
`<api>.json` (buildlib.specs.normalize: sorted keys, two-space indent) and `<api>.yaml` (sorted keys, no
anchors or aliases), plus `index.json` describing every file. Steps per API:

1. load the spec from openapi/ and bundle it: a `$ref` into another file is brought into the document,
   as `#/components/<section>/<name>` when it points at a component there, inline otherwise;
2. make it plain JSON data (YAML's integer response codes and dates become strings);
3. validate the result with buildlib.specs.check_spec (openapi-spec-validator plus dangling `$ref`s).

Every document is built and checked in memory before the first byte is written, so a broken spec leaves
the export directory as it was (not even created). Output is byte-identical from run to run.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .overlay import effective_spec
from .project import Api, BuildError, Project
from .specs import Spec, check_spec, json_path, load_spec, normalize, operations, resolve_pointer

INDEX_NAME = "index.json"
INDEX_VERSION = 1
FORMATS = ("json", "yaml")


@dataclass(frozen=True)
class ExportedFile:
    name: str
    content: bytes


@dataclass(frozen=True)
class ExportedApi:
    api: str
    operations: int
    files: tuple[ExportedFile, ...]
    entries: tuple[dict[str, Any], ...]


# --------------------------------------------------------------------------------------------- bundling

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


# ------------------------------------------------------------------------------------------- plain data


def plain_json(node: Any, source: Path | str, where: tuple[Any, ...] = ()) -> Any:
    """The same data with JSON types only: integer keys (YAML's `200:`) and dates become strings."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if isinstance(key, bool) or not isinstance(key, str | int | datetime.date):
                raise BuildError(f"{source}: {json_path(where)}: key {key!r} is not a string")
            text = key.isoformat() if isinstance(key, datetime.date) else str(key)
            if text in out:
                raise BuildError(f"{source}: {json_path(where)}: key {text!r} appears twice")
            out[text] = plain_json(value, source, (*where, text))
        return out
    if isinstance(node, list):
        return [plain_json(value, source, (*where, i)) for i, value in enumerate(node)]
    if isinstance(node, datetime.date):
        return node.isoformat()
    if isinstance(node, float) and not math.isfinite(node):
        raise BuildError(f"{source}: {json_path(where)}: {node} is not a JSON number")
    if node is None or isinstance(node, str | int | float | bool):
        return node
    raise BuildError(f"{source}: {json_path(where)}: value of type {type(node).__name__} is not JSON")


# ---------------------------------------------------------------------------------------------- writers


class _PlainYamlDumper(yaml.SafeDumper):
    """Safe dumper (pure Python, the same on every machine) that never writes anchors or aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line descriptions as literal blocks where YAML allows it (the emitter falls back to quotes).
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_PlainYamlDumper.add_representer(str, _represent_str)


def _read_yaml(text: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: reading is 8x faster
    return yaml.load(text, Loader=loader)


def render_json(spec: Spec) -> str:
    return normalize(spec)


def render_yaml(spec: Spec) -> str:
    text: str = yaml.dump(
        spec,
        Dumper=_PlainYamlDumper,
        sort_keys=True,
        allow_unicode=True,
        default_flow_style=False,
        indent=2,
        width=100,
        explicit_start=False,
    )
    return text


# ---------------------------------------------------------------------------------------------- export


def build_document(api: Api) -> Spec:
    """Bundle, normalize and validate one API's effective spec; BuildError names the file and JSON path."""
    source = effective_spec(api)
    bundled = _Bundler(api.spec, source).bundle()
    spec: Spec = plain_json(bundled, api.spec)
    check_spec(spec, api.spec)
    return spec


def export_api(project: Project, api: Api) -> ExportedApi:
    spec = build_document(api)
    texts = {"json": render_json(spec), "yaml": render_yaml(spec)}
    if _read_yaml(texts["yaml"]) != spec or json.loads(texts["json"]) != spec:  # guard the writers
        raise BuildError(f"{api.spec}: the exported JSON and YAML do not read back as the same document")
    info = spec.get("info", {})
    count = sum(1 for _ in operations(spec))
    try:
        source = api.spec.relative_to(project.root).as_posix()
    except ValueError:
        source = api.spec.as_posix()
    files, entries = [], []
    for fmt in FORMATS:
        content = texts[fmt].encode("utf-8")
        name = f"{api.name}.{fmt}"
        files.append(ExportedFile(name, content))
        entries.append(
            {
                "api": api.name,
                "file": name,
                "format": fmt,
                "openapi": str(spec.get("openapi", "")),
                "operations": count,
                "sha256": hashlib.sha256(content).hexdigest(),
                "source": source,
                "spec_version": str(info.get("version", "")),
                "title": str(info.get("title", "")),
            }
        )
    return ExportedApi(api.name, count, tuple(files), tuple(entries))


def render_index(exported: Iterable[ExportedApi]) -> bytes:
    entries = sorted((e for api in exported for e in api.entries), key=lambda e: str(e["file"]))
    index = {"files": entries, "index_version": INDEX_VERSION}
    return (json.dumps(index, indent=2, sort_keys=True) + "\n").encode("utf-8")


def export(project: Project, apis: list[Api], dest: Path) -> list[ExportedApi]:
    """Write every selected API's bundled spec and index.json to dest; nothing at all when one fails."""
    exported = [export_api(project, api) for api in apis]
    files = [f for api in exported for f in api.files]
    files.append(ExportedFile(INDEX_NAME, render_index(exported)))
    if dest.exists() and not dest.is_dir():
        raise BuildError(f"{dest}: export target exists and is not a directory")
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        target = dest / f.name
        scratch = target.with_name(f".{f.name}.tmp")
        scratch.write_bytes(f.content)
        scratch.replace(target)
    return exported
