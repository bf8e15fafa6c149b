"""Typed errors of this package: each class is the package's own and the shared one of the same meaning.

`APIError` (exported as OnetError / CareerOneStopError) is this package's base; the meaning classes
(`NotFoundError`, `RateLimitError`, ...) come from the one shared module, `dol_career_sdks.errors`, so
`except dol_career_sdks.NotFoundError` catches "not found" from both packages and `except OnetError` only O*NET's.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence

from dol_career_sdks import errors as shared
from dol_career_sdks.errors import Deviation as Deviation  # built by tolerance.py; shared, not per package

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
    "UnknownIdentifierError",
    "UsageError",
    "ValidationError",
]


class APIError(shared.SDKError):
    """Base of every error this package raises for a call that did not produce a usable response."""


class MissingCredentialError(APIError, shared.MissingCredentialError):
    """A client was built without a credential, and its environment variable is unset."""


class InvalidParameterError(APIError, shared.InvalidParameterError):
    """An argument breaks the spec's constraints; raised before any request is sent."""


class UsageError(APIError, shared.UsageError):
    """The SDK was called in a way it does not support (e.g. paging an operation that does not page)."""


class APIStatusError(APIError, shared.APIStatusError):
    """The API answered with a non-2xx status."""


class BadRequestError(APIStatusError, shared.BadRequestError):
    """HTTP 400: the API rejected the parameters."""


class ValidationError(BadRequestError, shared.ValidationError):
    """HTTP 422 (O*NET): parameters understood but unusable; `detail` holds the API's `error` text."""


class AuthenticationError(APIStatusError, shared.AuthenticationError):
    """HTTP 401 or 403: the credential is missing, wrong, or not enabled for this API."""


class NotFoundError(APIStatusError, shared.NotFoundError):
    """No such item: HTTP 404, or O*NET's 422 for an unknown code (UnknownIdentifierError)."""


class NoDataError(NotFoundError, shared.NoDataError):
    """HTTP 404 with "No data available" (CareerOneStop's answer to a query that matched nothing)."""


class UnknownIdentifierError(ValidationError, NotFoundError, shared.UnknownIdentifierError):
    """O*NET's HTTP 422 for a code or table it does not know (or no longer knows): a NotFoundError too."""


class RateLimitError(APIStatusError, shared.RateLimitError):
    """HTTP 429 after the retries ran out; `retry_after` is the server's requested wait in seconds."""


class ServerError(APIStatusError, shared.ServerError):
    """HTTP 5xx after the retries ran out."""


class APITimeoutError(APIError, shared.APITimeoutError):
    """No response within the configured timeout (after retries)."""


class APIConnectionError(APIError, shared.APIConnectionError):
    """The connection failed (DNS, refused, reset) after retries."""


class UndecodableResponseError(APIError, shared.UndecodableResponseError):
    """A successful response whose body is not valid JSON (for example truncated)."""


class PaginationError(APIError, shared.PaginationError):
    """A listing cannot be paged without losing or repeating items (not advancing, total changed, no array)."""


class ResponseValidationError(APIError, shared.ResponseValidationError):
    """A 2xx body that cannot become the declared model (or, with strict_responses=True, any deviation)."""


# Tracebacks and help() name the module users import the classes from (`onet_client.exceptions.NotFoundError`).
for _name in __all__:
    globals()[_name].__module__ = f"{__name__.rsplit('.', 2)[0]}.exceptions"


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


_HTML_LINE = re.compile(r"<(title|h1)[^>]*>(.*?)</\1>", re.I | re.S)


def _html_line(body: str) -> str | None:
    """The title (or first heading) of an HTML error page, as one line of text."""
    if not body.lstrip().startswith("<"):
        return None
    found = _HTML_LINE.search(body)
    if found is None:
        return None
    import html  # only for an HTML error page: html.entities costs ~2 ms at import

    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(2))).split())
    return text[:120] or None


def _detail(body: str) -> str | None:
    """One line the API meant for people: its JSON message, else the title of its HTML error page."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nesting too deep for the decoder
        return _html_line(body)
    if isinstance(data, dict):
        for key in ("error", "Message", "message", "ErrorMessage"):
            if isinstance(data.get(key), str):
                return str(data[key])
    return None


def _excerpt(body: str) -> str:
    """A body without a message, in one short line (an HTML page is named, never quoted)."""
    text = " ".join(body.split())
    if not text:
        return "no body"
    return "an HTML page" if text.startswith("<") else text[:200]


def _status_class(status_code: int, detail: str | None, not_found: str | None) -> type[APIStatusError]:
    """The class for a status; `not_found` is the operation's pattern for a "no such item" message (spec)."""
    if status_code == 422 and not_found and detail and re.search(not_found, detail):
        return UnknownIdentifierError
    if status_code == 404:
        return NoDataError if detail and "no data available" in detail.lower() else NotFoundError
    by_status: dict[int, type[APIStatusError]] = {
        400: BadRequestError,
        401: AuthenticationError,
        403: AuthenticationError,
        422: ValidationError,
        429: RateLimitError,
    }
    return by_status.get(status_code, ServerError if status_code >= 500 else APIStatusError)


def status_error(
    *,
    method: str,
    path: str,
    status_code: int,
    body: str,
    retry_after: str | None,
    redact: Callable[[str], str] = str,
    call: str = "",
    credential_envs: Sequence[str] = (),
    not_found: Mapping[int, str] | None = None,
) -> APIStatusError:
    """The typed error for a non-2xx response; the body and the API's message are redacted after decoding.

    `call` names the method as the caller wrote it (`online.search_occupations`); `credential_envs` are the
    variables an authentication failure points at; `not_found` maps a status to the spec's pattern of its
    "no such item" messages.
    """
    detail = _detail(body)
    if detail is not None:
        detail = redact(detail)
    body = redact(body)
    cls = _status_class(status_code, detail, (not_found or {}).get(status_code))
    shown = detail or _excerpt(body)
    message = f"{call + ': ' if call else ''}{method} {path} returned HTTP {status_code}: {shown}"
    if cls is AuthenticationError and credential_envs:
        message += f" (the API refused the credential: check {' and '.join(credential_envs)})"
    error = cls(message, method=method, path=path, status_code=status_code, body=body, detail=detail)
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(retry_after)
        if error.retry_after is not None:
            error.args = (f"{message} (retry after {error.retry_after:.0f} s)",)
    return error
