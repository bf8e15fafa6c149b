"""Typed errors: one class per failure kind, all under APIError (exported per package as OnetError etc.)."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

# Re-exported by each package's exceptions module.
__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InvalidParameterError",
    "MissingCredentialError",
    "NoDataError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "UndecodableResponseError",
    "UsageError",
    "ValidationError",
]


class APIError(Exception):
    """Base of every error the SDK raises for a request that did not produce a usable response."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path  # secrets already replaced by placeholders


class MissingCredentialError(APIError, ValueError):
    """A client was built without a credential, and its environment variable is unset."""


class InvalidParameterError(APIError, ValueError):
    """An argument breaks the spec's constraints; raised before any request is sent."""

    def __init__(self, message: str, *, parameter: str, operation: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.operation = operation


class UsageError(APIError, TypeError):
    """The SDK was called in a way it does not support (e.g. paging an operation that does not page)."""


class APIStatusError(APIError):
    """The API answered with a non-2xx status."""

    def __init__(
        self, message: str, *, method: str, path: str, status_code: int, body: str, detail: str | None
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body  # decoded text, secrets replaced
        self.detail = detail  # the API's own message ("error" / "Message"), when it sent one


class BadRequestError(APIStatusError):
    """HTTP 400: the API rejected the parameters."""


class ValidationError(BadRequestError):
    """HTTP 422 (O*NET): parameters understood but unusable; `detail` holds the API's `error` text."""


class AuthenticationError(APIStatusError):
    """HTTP 401 or 403: the credential is missing, wrong, or not enabled for this API."""


class NotFoundError(APIStatusError):
    """HTTP 404: unknown path or resource."""


class NoDataError(NotFoundError):
    """HTTP 404 with "No data available" (CareerOneStop's answer to a query that matched nothing)."""


class RateLimitError(APIStatusError):
    """HTTP 429 after the retries ran out; `retry_after` is the server's requested wait in seconds."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """HTTP 5xx after the retries ran out."""


class APITimeoutError(APIError):
    """No response within the configured timeout (after retries)."""


class APIConnectionError(APIError):
    """The connection failed (DNS, refused, reset) after retries."""


class UndecodableResponseError(APIError):
    """A successful response whose body is not valid JSON (for example truncated)."""

    def __init__(self, message: str, *, method: str, path: str, status_code: int) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code


class PaginationError(APIError):
    """A listing cannot be paged without losing or repeating items (not advancing, total changed, no array)."""


@dataclass(frozen=True)
class Deviation:
    """One difference between a response body and the spec, in the drift report's vocabulary."""

    path: str  # JSON path in the body, list indices as [*]
    kind: str  # a drift kind (tolerance.KINDS: field-added, field-removed, type-changed, ...)
    expected: str
    seen: str

    def line(self) -> str:
        return f"{self.path}: {self.kind}; expected {self.expected}, seen {self.seen}"


class ResponseValidationError(APIError):
    """A 2xx body that cannot become the declared model (or, with strict_responses=True, any deviation)."""

    def __init__(
        self, *, operation: str, method: str | None, path: str | None, deviations: tuple[Deviation, ...]
    ) -> None:
        first = deviations[0]
        more = f" (and {len(deviations) - 1} more)" if len(deviations) > 1 else ""
        message = f"{operation}: response does not match the spec at {first.line()}{more}"
        super().__init__(message, method=method, path=path)
        self.operation = operation
        self.deviations = deviations
        self.json_path, self.kind, self.expected, self.seen = first.path, first.kind, first.expected, first.seen


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header given as seconds or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, IndexError):
        return None  # garbage (e.g. "²") counts as absent


def _detail(body: str) -> str | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if isinstance(data, dict):
        for key in ("error", "Message", "message", "ErrorMessage"):
            if isinstance(data.get(key), str):
                return str(data[key])
    return None


def status_error(
    *,
    method: str,
    path: str,
    status_code: int,
    body: str,
    retry_after: str | None,
    redact: Callable[[str], str] = str,
) -> APIStatusError:
    """The typed error for a non-2xx response; the body and the API's message are redacted after decoding."""
    detail = _detail(body)
    if detail is not None:
        detail = redact(detail)
    body = redact(body)
    cls: type[APIStatusError]
    if status_code == 400:
        cls = BadRequestError
    elif status_code == 422:
        cls = ValidationError
    elif status_code in (401, 403):
        cls = AuthenticationError
    elif status_code == 404:
        cls = NoDataError if detail and "no data available" in detail.lower() else NotFoundError
    elif status_code == 429:
        cls = RateLimitError
    elif status_code >= 500:
        cls = ServerError
    else:
        cls = APIStatusError
    shown = detail or (body.strip()[:200] if body.strip() else "no body")
    message = f"{method} {path} returned HTTP {status_code}: {shown}"
    error = cls(message, method=method, path=path, status_code=status_code, body=body, detail=detail)
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(retry_after)
        if error.retry_after is not None:
            error.args = (f"{message} (retry after {error.retry_after:.0f} s)",)
    return error
