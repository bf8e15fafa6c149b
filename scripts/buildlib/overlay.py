"""OpenAPI Overlay 1.0: apply our knowledge (an overlay document) to a base definition.

A spec in openapi/ may be a base document plus an overlay (apis.toml `overlay`): the base is what the provider
publishes (or our reconstruction of it), the overlay holds what only we know. `effective_spec` returns the
result, and every consumer (generation, spec index, export, fetch, the drift tooling) reads the spec through it.

Targets are RFC 9535 JSONPath queries evaluated by jsonpath-rfc9535. Merging follows Overlay 1.0 with the
clarifications of 1.1: objects merge recursively, a primitive replaces a primitive, an array is concatenated
with an array, and an update aimed at an array is appended to it. Nothing here raises on an action that
matches nothing: the result says which ones did not, so `--fetch` can report knowledge that no longer applies.
"""

from __future__ import annotations

import copy
import functools
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml
from jsonpath_rfc9535.exceptions import JSONPathError

from . import assumed, memo
from .project import Api, BuildError
from .specs import Spec, json_path, load_spec, parse_yaml

# Keys that pin names: always set by the overlay, so a base that agrees is not a redundant override.
NAME_KEYS = frozenset({"operationId", "tags", "x-sdk-namespace", "x-sdk-method"})
SUPPORTED_VERSION = "1.0."
ACTION_FIELDS = frozenset({"target", "description", "update", "remove"})


@dataclass(frozen=True)
class ActionResult:
    """What one action did: how many nodes its target selected, and which of its values the base already had."""

    index: int
    target: str
    description: str
    matched: int
    redundant: tuple[str, ...] = field(default=())  # JSON paths in the document whose value was already equal
    pin: bool = False  # marked `x-pin: true`: clears the way for a name the overlay sets (e.g. removes tags)


@dataclass(frozen=True)
class Applied:
    """The effective document and a result per overlay action, in overlay order."""

    spec: Spec
    actions: tuple[ActionResult, ...]

    @property
    def unmatched(self) -> list[ActionResult]:
        return [a for a in self.actions if a.matched == 0]


@functools.lru_cache(maxsize=4096)
def _compile(target: str) -> jsonpath.JSONPathQuery:
    """A parsed target; parsing dominates applying, and the same overlay is applied again and again."""
    return jsonpath.compile(target)


def check_overlay(overlay: Any, source: Path | str) -> list[dict[str, Any]]:
    """The overlay's actions after a structural check; BuildError naming the file and JSON path otherwise."""
    if not isinstance(overlay, dict):
        raise BuildError(f"{source}: an overlay must be an object")
    problems = []
    version = overlay.get("overlay")
    if not isinstance(version, str) or not version.startswith(SUPPORTED_VERSION):
        problems.append(f"$.overlay: expected an Overlay 1.0.x version string, found {version!r}")
    info = overlay.get("info")
    if not isinstance(info, dict) or not all(isinstance(info.get(k), str) for k in ("title", "version")):
        problems.append("$.info: title and version (strings) are required")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        problems.append("$.actions: at least one action is required")
        actions = []
    for index, action in enumerate(actions):
        where = json_path(["actions", index])
        if not isinstance(action, dict):
            problems.append(f"{where}: an action must be an object")
            continue
        target = action.get("target")
        if not isinstance(target, str) or not target.startswith("$"):
            problems.append(f"{where}.target: a JSONPath query starting with $ is required")
        else:
            try:
                _compile(target)
            except JSONPathError as exc:
                problems.append(f"{where}.target: {exc}")
        if "remove" in action and not isinstance(action["remove"], bool):
            problems.append(f"{where}.remove: must be a boolean")
        if "update" not in action and not action.get("remove"):
            problems.append(f"{where}: has neither update nor remove: true")
        unknown = [k for k in action if k not in ACTION_FIELDS and not k.startswith("x-")]
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    if problems:
        raise BuildError(f"{source}: invalid overlay\n  " + "\n  ".join(problems))
    return actions


def _merge(target: dict[str, Any], update: dict[str, Any], where: tuple[Any, ...], source: str) -> None:
    for key, value in update.items():
        if key not in target:
            target[key] = copy.deepcopy(value)
            continue
        current = target[key]
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, (*where, key), source)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        elif isinstance(current, dict | list) or isinstance(value, dict | list):
            raise BuildError(f"{source}: cannot merge {type(value).__name__} into {json_path((*where, key))}")
        else:
            target[key] = value


def _equal_leaves(current: Any, update: Any, where: tuple[Any, ...]) -> Iterator[str]:
    """JSON paths where the update would write a value the document already holds."""
    if isinstance(update, dict) and isinstance(current, dict):
        for key, value in update.items():
            if key in NAME_KEYS or key not in current:
                continue
            yield from _equal_leaves(current[key], value, (*where, key))
    elif not isinstance(update, dict) and update == current:
        yield json_path(where)


def _parent(document: Any, location: tuple[Any, ...]) -> Any:
    node = document
    for part in location[:-1]:
        node = node[part]
    return node


def apply_overlay(base: Spec, overlay: Any, *, source: Path | str = "overlay") -> Applied:
    """Apply every action in order to a copy of base; the base itself is left unchanged.

    Applied once per process for the same (base, overlay) data; each caller gets its own copy of the result.
    """
    key = memo.exact_key(base, overlay)  # exact: the result's key order follows the base's
    return memo.remember("overlay-applied", key, lambda: _apply(base, overlay, source))


def _apply(base: Spec, overlay: Any, source: Path | str) -> Applied:
    actions = check_overlay(overlay, source)
    document = copy.deepcopy(base)
    results = []
    for index, action in enumerate(actions):
        target: str = action["target"]
        nodes = list(_compile(target).find(document))
        label = str(action.get("description", ""))
        where = f"{source}: {json_path(['actions', index])} ({target})"
        redundant: list[str] = []
        if action.get("remove"):
            # Last first, so removing one array item never shifts the index of another selected one.
            for node in reversed(nodes):
                if not node.location:
                    raise BuildError(f"{where}: cannot remove the document root")
                del _parent(document, tuple(node.location))[node.location[-1]]
        else:
            update = action["update"]
            for node in nodes:
                value = node.value
                if isinstance(value, dict):
                    if not isinstance(update, dict):
                        raise BuildError(f"{where}: selects an object, so update must be an object")
                    redundant.extend(_equal_leaves(value, update, tuple(node.location)))
                    _merge(value, update, tuple(node.location), where)
                elif isinstance(value, list):
                    value.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
                else:
                    raise BuildError(f"{where}: selects {json_path(tuple(node.location))}, not an object or array")
        pin = action.get("x-pin") is True
        results.append(ActionResult(index, target, label, len(nodes), tuple(redundant), pin))
    return Applied(document, tuple(results))


def load_overlay(path: Path) -> Any:
    """The overlay document (YAML or JSON) as data, through the spec library's loader (libyaml, once per content)."""
    if path.suffix == ".json":
        return load_spec(path)
    try:
        return parse_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BuildError(f"{path}: cannot read overlay ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: not valid YAML: {exc}") from exc


def apply_file(base: Spec, overlay_path: Path | None) -> Applied:
    """base with the overlay at overlay_path applied (no overlay: the base, unchanged)."""
    if overlay_path is None:
        return Applied(copy.deepcopy(base), ())
    return apply_overlay(base, load_overlay(overlay_path), source=overlay_path)


def effective_spec(api: Api, base: Spec | None = None) -> Spec:
    """The API's effective definition: its base document (or `base`) with its overlay applied.

    Then `required` that no evidence backs becomes `x-assumed-required` (buildlib.assumed), so every tool reads
    the same promise.
    """
    if base is None:
        return _effective_file(api.spec, api.overlay)
    return _with_assumed(apply_file(base, api.overlay).spec)


def _with_assumed(spec: Spec) -> Spec:
    assumed.demote(spec)
    return spec


def _effective_file(spec_path: Path, overlay_path: Path | None) -> Spec:
    """The spec file with the overlay file applied, remembered by the bytes of both (a fresh copy each call)."""
    try:
        key: str | None = memo.digest(
            spec_path.suffix,
            spec_path.read_bytes(),
            overlay_path.suffix if overlay_path else "",
            overlay_path.read_bytes() if overlay_path else b"",
        )
    except OSError:
        key = None  # unreadable: the loaders below raise their own BuildError
    return memo.remember(
        "effective-spec", key, lambda: _with_assumed(apply_file(load_spec(spec_path), overlay_path).spec)
    )


def overlay_for(spec_path: Path) -> Path | None:
    """The overlay apis.toml (beside the openapi/ folder that holds spec_path) pairs with a spec file."""
    for folder in spec_path.resolve().parents:
        table_path = folder / "apis.toml"
        if table_path.is_file():
            table = tomllib.loads(table_path.read_text(encoding="utf-8"))
            for entry in table.values():
                if (folder / entry["spec"]).resolve() == spec_path.resolve() and entry.get("overlay"):
                    return folder / str(entry["overlay"])
            return None
    return None


def effective_spec_at(spec_path: Path) -> Spec:
    """effective_spec for callers that only know the spec file (the drift tooling)."""
    return _effective_file(spec_path, overlay_for(spec_path))
