"""Load, check and normalize OpenAPI documents.

Errors name the file and the JSON path, so a broken spec points at its own mistake.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from .project import BuildError

Spec = dict[str, Any]

# libyaml's safe loader when PyYAML was built with it (the same documents, several times faster), else pure Python.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_spec(path: Path) -> Spec:
    """Read a JSON or YAML OpenAPI document."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BuildError(f"{path}: cannot read spec ({exc.strerror})") from exc
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=YAML_LOADER)
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
    """Follow a local '#/a/b' reference; KeyError when it points nowhere."""
    node: Any = spec
    for raw in ref.removeprefix("#/").split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def deref(spec: Spec, node: Any) -> Any:
    """Follow a chain of $refs to the node it ends at; KeyError when it dangles or loops."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise KeyError(f"reference cycle at {ref}")
        seen.add(ref)
        node = resolve_pointer(spec, ref)
    return node


def check_spec(spec: Spec, source: Path | str) -> None:
    """Raise BuildError naming file and JSON path for dangling $refs and OpenAPI schema violations."""
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
