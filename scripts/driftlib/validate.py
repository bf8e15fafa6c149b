"""Validating one exchange (status + body) against what its operation declares, strictly."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .findings import Problem, problems_from_errors
from .spec import Operation, Spec
from .strict import StrictValidator

NOT_JSON = object()  # sentinel body for responses whose text is not JSON


class ApiChecker:
    """Strict validation for one spec; built once per run because the strict copy is costly."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.validator = StrictValidator(spec)

    def check(self, operation: Operation, status: int, body: Any) -> list[Problem]:
        """Problems of a response with `status` and decoded `body` (NOT_JSON when it did not decode)."""
        declared = self.spec.declared_response(operation, status)
        if declared is None:
            return [
                Problem(
                    path="$",
                    kind="status-undeclared",
                    expected="one of " + ", ".join(operation.statuses),
                    seen=str(status),
                )
            ]
        if declared.schema is None or declared.pointer is None:
            return []  # the spec promises no body for this status
        if body is NOT_JSON:
            return [Problem(path="$", kind="unparseable-body", expected="a JSON body", seen="text that is not JSON")]
        return problems_from_errors(self.validator.errors(declared.pointer, body))


@lru_cache(maxsize=8)
def _cached_checker(path: Path, name: str, mtime_ns: int) -> ApiChecker:
    return ApiChecker(Spec.load(path, name=name))


def checker_for_spec(path: Path, name: str) -> ApiChecker:
    """A checker for the spec file at `path`, reused while the file is unchanged (building one is costly)."""
    return _cached_checker(path, name, path.stat().st_mtime_ns)
