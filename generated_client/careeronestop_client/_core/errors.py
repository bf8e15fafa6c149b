"""Typed errors: one class per failure kind, all under APIError (exported per package as OnetError etc.)."""

from __future__ import annotations

import email.utils
import json
import time

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
    "ServerError",
    "UndecodableResponseError",
    "ValidationError",
]


class APIError(Exception):
    """Base of every error the SDK raises for a request that did not produce a usable response."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path  # secrets already replaced by placeholders


class MissingCredentialError(ValueError):
    """A client was built without a credential, and its environment variable is unset."""


class InvalidParameterError(ValueError):
    """An argument breaks the spec's constraints; raised before any request is sent."""

    def __init__(self, message: str, *, parameter: str, operation: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.operation = operation


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
    """A listing stopped advancing before reaching the total it announced."""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header given as seconds or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


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


def status_error(*, method: str, path: str, status_code: int, body: str, retry_after: str | None) -> APIStatusError:
    """The typed error for a non-2xx response (body and path already redacted)."""
    detail = _detail(body)
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
