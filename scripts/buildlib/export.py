"""Publish the specs for other languages' generators (scripts/build.py --export DIR).

For each API the export holds one self-contained document, written twice with the same content:
`<api>.json` (buildlib.specs.normalize: sorted keys, two-space indent) and `<api>.yaml` (sorted keys, no
anchors or aliases; libyaml's emitter when PyYAML has it, else the pure-Python one set to libyaml's simple-key
rule, which writes the committed specs byte for byte alike), plus `index.json` describing every file. Steps per API:

1. load the effective spec and bundle it (buildlib.specs.bundle): a `$ref` into another file is brought in,
   as `#/components/<section>/<name>` when it points at a component there, inline otherwise;
2. make it plain JSON data (YAML's integer response codes and dates become strings);
3. validate the result with buildlib.specs.check_spec (openapi-spec-validator plus dangling `$ref`s).

Every document is built and checked in memory before the first byte is written, so a broken spec leaves
the export directory as it was (not even created). Output is byte-identical from run to run.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.representer import SafeRepresenter

from .overlay import effective_spec
from .project import Api, BuildError, Project
from .specs import YAML_LOADER, Spec, bundle, check_spec, json_path, normalize, operations

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


def _represent_str(dumper: SafeRepresenter, value: str) -> yaml.ScalarNode:
    # Multi-line descriptions as literal blocks where YAML allows it (the emitter falls back to quotes).
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _PurePlainDumper(yaml.SafeDumper):
    """Pure-Python safe dumper that never writes anchors or aliases and keeps keys simple as libyaml does."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def check_simple_key(self) -> bool:
        # PyYAML's emitter writes a key of over 122 characters as `? key`; libyaml keeps a one-line key of up
        # to 128 bytes as `key:`. libyaml's rule here, so that both emitters write the specs the same way. (They
        # still differ on text outside Unicode's BMP and on folding double-quoted text; the specs hold neither.)
        if isinstance(self.event, yaml.ScalarEvent):
            if self.analysis is None:
                self.analysis = self.analyze_scalar(self.event.value)
            return len(self.event.value.encode("utf-8")) <= 128 and not self.analysis.multiline
        return bool(super().check_simple_key())


_PurePlainDumper.add_representer(str, _represent_str)

if hasattr(yaml, "CSafeDumper"):

    class _FastPlainDumper(yaml.CSafeDumper):
        """libyaml's emitter with the same representers (about 5x faster than the pure-Python one)."""

        def ignore_aliases(self, data: Any) -> bool:
            return True

    _FastPlainDumper.add_representer(str, _represent_str)
    YAML_DUMPER: type[yaml.SafeDumper] | type[yaml.CSafeDumper] = _FastPlainDumper
else:  # pragma: no cover - PyYAML built without libyaml
    YAML_DUMPER = _PurePlainDumper


def _read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=YAML_LOADER)


def render_json(spec: Spec) -> str:
    return normalize(spec)


def render_yaml(spec: Spec, dumper: type[yaml.SafeDumper] | type[yaml.CSafeDumper] = YAML_DUMPER) -> str:
    """Sorted keys, two-space indent, literal blocks for multi-line text, no anchors (libyaml's emitter if present)."""
    text: str = yaml.dump(
        spec,
        Dumper=dumper,
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
    bundled = bundle(api.spec, source)
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


def export(
    project: Project, apis: list[Api], dest: Path, changelogs: dict[str, str] | None = None
) -> list[ExportedApi]:
    """Write every selected API's bundled spec, its changelog (`<api>.changelog.md`, when given) and index.json
    to dest; nothing at all when one fails."""
    exported = [export_api(project, api) for api in apis]
    files = [f for api in exported for f in api.files]
    files += [ExportedFile(f"{name}.changelog.md", text.encode("utf-8")) for name, text in (changelogs or {}).items()]
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
