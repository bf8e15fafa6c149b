"""The error family both SDKs share: one class per meaning, so one `except` covers both APIs.

Each package raises its own subclasses (`onet_client.exceptions.NotFoundError` is an `OnetError` and a
`dol_career_sdks.NotFoundError`), so `except OnetError` still catches only O*NET failures while
`except dol_career_sdks.NotFoundError` catches "not found" from either API. This module is installed once, as a
top-level package of the distribution, so every package sees the same class objects.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Deviation",
    "InvalidParameterError",
    "MissingCredentialError",
    "NoDataError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "ResponseValidationError",
    "SDKError",
    "ServerError",
    "UndecodableResponseError",
    "UnknownIdentifierError",
    "UsageError",
    "ValidationError",
]


class SDKError(Exception):
    """Base of every error either SDK raises (`OnetError` and `CareerOneStopError` are subclasses)."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path  # secrets already replaced by placeholders


class MissingCredentialError(SDKError, ValueError):
    """A client was built without a credential, and its environment variable is unset."""


class InvalidParameterError(SDKError, ValueError):
    """An argument breaks the spec's constraints; raised before any request is sent."""

    def __init__(self, message: str, *, parameter: str, operation: str) -> None:
        super().__init__(message)
        self.parameter = parameter  # the Python argument name, as the caller wrote it
        self.operation = operation  # the call, as the caller wrote it (`online.search_occupations`)


class UsageError(SDKError, TypeError):
    """The SDK was called in a way it does not support (e.g. paging an operation that does not page)."""


class APIStatusError(SDKError):
    """The API answered with a non-2xx status."""

    def __init__(
        self, message: str, *, method: str, path: str, status_code: int, body: str, detail: str | None
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body  # decoded text, secrets replaced
        self.detail = detail  # one line from the API: its JSON message, or the title of an HTML error page


class BadRequestError(APIStatusError):
    """HTTP 400: the API rejected the parameters."""


class ValidationError(BadRequestError):
    """HTTP 422 (O*NET): parameters understood but unusable; `detail` holds the API's `error` text."""


class AuthenticationError(APIStatusError):
    """HTTP 401 or 403: the credential is missing, wrong, or not enabled for this API."""


class NotFoundError(APIStatusError):
    """No such item: HTTP 404, or an API's own way of saying so (see UnknownIdentifierError)."""


class NoDataError(NotFoundError):
    """HTTP 404 with "No data available" (CareerOneStop's answer to a query that matched nothing)."""


class UnknownIdentifierError(ValidationError, NotFoundError):
    """O*NET's HTTP 422 for a code or table it does not know (or no longer knows): a NotFoundError too."""


class RateLimitError(APIStatusError):
    """HTTP 429 after the retries ran out; `retry_after` is the server's requested wait in seconds."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """HTTP 5xx after the retries ran out."""


class APITimeoutError(SDKError):
    """No response within the configured timeout (after retries)."""


class APIConnectionError(SDKError):
    """The connection failed (DNS, refused, reset) after retries."""


class UndecodableResponseError(SDKError):
    """A successful response whose body is not valid JSON (for example truncated)."""

    def __init__(self, message: str, *, method: str, path: str, status_code: int) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code


class PaginationError(SDKError):
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


class ResponseValidationError(SDKError):
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
