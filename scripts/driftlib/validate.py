"""Validating one exchange (status, media type, body) against what its operation declares, strictly."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from ._speclib import Kind
from .findings import Problem, Redact, problems_from_errors
from .spec import DeclaredResponse, Operation, Spec
from .strict import StrictValidator

NOT_JSON = object()  # sentinel body for responses whose text is not JSON


def _same(text: str) -> str:
    return text


def media_type(content_type: str | None) -> str:
    """The bare media type of a Content-Type value, lower case, parameters such as charset dropped."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def media_type_declared(seen: str, declared: tuple[str, ...]) -> bool:
    """Whether a bare media type matches one of the declared content keys (ranges like text/* included)."""
    for key in declared:
        wanted = media_type(key)
        if wanted in (seen, "*/*") or (wanted.endswith("/*") and seen.startswith(wanted[:-1])):
            return True
    return False


class ApiChecker:
    """Strict validation for one spec; built once per run because the strict copy is costly."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.validator = StrictValidator(spec)

    def check(
        self,
        operation: Operation,
        status: int,
        body: Any,
        *,
        content_type: str | None = None,
        redact: Redact = _same,
    ) -> list[Problem]:
        """Problems of a response with `status`, decoded `body` (NOT_JSON when it did not decode) and media type.

        `content_type` None skips the media-type comparison (a caller that has no headers); an empty string
        means the response carried no Content-Type.
        """
        declared = self.spec.declared_response(operation, status)
        if declared is None:
            expected = "one of " + ", ".join(operation.statuses)
            return [Problem("$", Kind.STATUS_UNDECLARED, expected, str(status), f"#/paths{_op_pointer(operation)}")]
        problems = self._media_problems(declared, body, content_type)
        if declared.schema is None or declared.pointer is None:
            return problems  # the spec promises no JSON body for this status
        if body is NOT_JSON:
            problems.append(
                Problem("$", Kind.UNPARSEABLE_BODY, "a JSON body", "text that is not JSON", declared.pointer)
            )
            return problems
        pointer = declared.pointer
        errors = self.validator.errors(pointer, body)
        return problems + problems_from_errors(errors, redact, lambda e: self.validator.locate(pointer, e))

    @staticmethod
    def _media_problems(declared: DeclaredResponse, body: Any, content_type: str | None) -> list[Problem]:
        if content_type is None or not declared.media_types or body is None:
            return []
        seen = media_type(content_type)
        if media_type_declared(seen, declared.media_types):
            return []
        location = f"{declared.location}/content"
        expected = " or ".join(declared.media_types)
        return [Problem("$", Kind.MEDIA_TYPE_CHANGED, expected, seen or "no Content-Type", location)]


def _op_pointer(operation: Operation) -> str:
    escaped = operation.path.replace("~", "~0").replace("/", "~1")
    return f"/{escaped}/{operation.method.lower()}/responses"


@lru_cache(maxsize=8)
def _cached_checker(path: Path, name: str, mtime_ns: int) -> ApiChecker:
    return ApiChecker(Spec.load(path, name=name))


def checker_for_spec(path: Path, name: str) -> ApiChecker:
    """A checker for the spec file at `path`, reused while the file is unchanged (building one is costly)."""
    return _cached_checker(path, name, path.stat().st_mtime_ns)
