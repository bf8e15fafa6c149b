"""Reading an OpenAPI document: its operations, their parameters and the response declared for a status."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._speclib import BuildError, overlay, specs

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(Exception):
    """The spec could not be read, or a reference in it does not resolve."""


def load_document(path: Path) -> dict[str, Any]:
    """The spec as a dict; JSON or YAML by file extension."""
    try:
        return overlay.effective_spec_at(path)  # the base document with its overlay, as the build sees it
    except BuildError as exc:
        raise SpecError(str(exc)) from exc


def resolve_pointer(document: dict[str, Any], ref: str) -> Any:
    """The node a local reference (#/a/b) points at."""
    if not ref.startswith("#/"):
        raise SpecError(f"only local references are supported, not {ref!r}")
    try:
        return specs.resolve_pointer(document, ref)
    except (KeyError, IndexError, ValueError) as exc:
        raise SpecError(f"reference {ref} does not resolve") from exc


def deref(document: dict[str, Any], node: Any) -> Any:
    """Follow $ref chains until a node without one (used for parameters, responses and schemas)."""
    try:
        return specs.deref(document, node)
    except (KeyError, IndexError, ValueError) as exc:
        raise SpecError(str(exc).strip("'\"")) from exc


@dataclass(frozen=True)
class Parameter:
    """One operation parameter after $ref resolution."""

    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of a spec: where it lives and what it declares."""

    operation_id: str
    method: str  # upper case
    path: str  # template as written in the spec, e.g. /online/occupations/{code}/
    raw: dict[str, Any] = field(repr=False)
    parameters: tuple[Parameter, ...] = field(repr=False)

    @property
    def statuses(self) -> list[str]:
        return list(self.raw.get("responses", {}))


@dataclass(frozen=True)
class DeclaredResponse:
    """What an operation declares for one status: the key it matched, its media types and JSON schema, if any."""

    key: str  # "200", "4XX" or "default"
    schema: dict[str, Any] | None
    pointer: str | None  # JSON pointer of the schema inside the spec
    media_types: tuple[str, ...] = ()  # declared content media types (empty: no body promised)
    location: str = ""  # JSON pointer of the response object inside the spec


class Spec:
    """An OpenAPI document with an index of its operations by operationId."""

    def __init__(self, document: dict[str, Any], *, name: str = "spec") -> None:
        self.document = document
        self.name = name
        self.operations: dict[str, Operation] = {}
        for op in self._walk():
            if op.operation_id in self.operations:
                raise SpecError(f"{name}: operationId {op.operation_id} is used twice")
            self.operations[op.operation_id] = op

    @classmethod
    def load(cls, path: Path, *, name: str | None = None) -> Spec:
        return cls(load_document(path), name=name or path.name)

    def _walk(self) -> Iterator[Operation]:
        for path, item in self.document.get("paths", {}).items():
            item = deref(self.document, item)
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                raw = item.get(method)
                if not isinstance(raw, dict):
                    continue
                params: dict[tuple[str, str], Parameter] = {}
                for node in [*shared, *raw.get("parameters", [])]:
                    p = deref(self.document, node)
                    params[(p["name"], p["in"])] = Parameter(
                        name=p["name"], location=p["in"], required=bool(p.get("required")), schema=p.get("schema", {})
                    )
                yield Operation(
                    operation_id=raw.get("operationId") or f"{method}_{path}",
                    method=method.upper(),
                    path=path,
                    raw=raw,
                    parameters=tuple(params.values()),
                )

    def declared_response(self, operation: Operation, status: int) -> DeclaredResponse | None:
        """The response an operation declares for `status` (exact, then nXX, then default); None if undeclared."""
        responses = operation.raw.get("responses", {})
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key not in responses:
                continue
            base = f"#/paths/{_escape(operation.path)}/{operation.method.lower()}/responses/{_escape(key)}"
            node = responses[key]
            base = specs.ref_of(node) or base
            response = deref(self.document, node)
            content = response.get("content") or {}
            media_types = tuple(str(m) for m in content)
            media = _json_media(content)
            if media is None or "schema" not in content[media]:
                return DeclaredResponse(key, None, None, media_types, base)
            return DeclaredResponse(
                key, content[media]["schema"], f"{base}/content/{_escape(media)}/schema", media_types, base
            )
        return None


def _json_media(content: dict[str, Any]) -> str | None:
    for media in content:
        if media == "application/json" or media.endswith("+json"):
            return media
    return next((m for m in content if "json" in m), None)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
