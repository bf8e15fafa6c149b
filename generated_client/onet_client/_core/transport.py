"""The transport stack under every SDK client.

    SDKTransport          validates arguments against the spec, turns failures into typed errors
      RetryTransport      httpx-retries: connection errors, 408, 429 and 5xx, backoff honouring Retry-After
        PathSecretTransport   swaps the userId placeholder for the real value, as late as possible
          httpx.HTTPTransport

Everything above the bottom layer only ever sees placeholders, so httpx's and httpx-retries' log lines and
our error messages carry no secrets.
"""

from __future__ import annotations

import json
import random
import re
from urllib.parse import quote

import httpx
from httpx_retries import Retry, RetryTransport

from . import spec_index
from .errors import APIConnectionError, APITimeoutError, UndecodableResponseError, status_error
from .redaction import Redactor

RETRY_STATUSES = (408, 429, 500, 502, 503, 504)
FIRST_BACKOFF = 0.5  # seconds before the first retry; doubles each time
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0


class SDKRetry(Retry):
    """Exponential backoff 0.5 s, 1 s, 2 s ... capped at 8 s, with jitter; Retry-After honoured up to 60 s."""

    def backoff_strategy(self) -> float:
        backoff = FIRST_BACKOFF * 2 ** max(self.attempts_made - 1, 0)
        return float(min(backoff, MAX_BACKOFF) * random.uniform(0.75, 1.0))


def make_retry(max_retries: int) -> SDKRetry:
    return SDKRetry(
        total=max_retries,
        allowed_methods=["GET", "HEAD", "OPTIONS", "POST"],  # POST here is a read (skills matcher)
        status_forcelist=RETRY_STATUSES,
        max_backoff_wait=MAX_RETRY_AFTER,
        respect_retry_after_header=True,
    )


class _Checks:
    """What SDKTransport does around the request, shared by the sync and async versions."""

    def __init__(self, redact: Redactor, raise_for_status: bool = True) -> None:
        self.redact = redact
        self.raise_for_status = raise_for_status  # False for the raw-response form

    def where(self, request: httpx.Request) -> tuple[str, str]:
        return request.method, self.redact(request.url.path)

    def before(self, request: httpx.Request) -> None:
        spec_index.validate(request.method, request.url.path, dict(request.url.params))

    def transport_error(self, request: httpx.Request, exc: Exception) -> Exception:
        method, path = self.where(request)
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{method} {path} timed out ({type(exc).__name__})", method=method, path=path)
        return APIConnectionError(
            f"{method} {path} failed to connect: {self.redact(str(exc)) or type(exc).__name__}",
            method=method,
            path=path,
        )

    def after(self, request: httpx.Request, response: httpx.Response) -> None:
        method, path = self.where(request)
        if not response.is_success and self.raise_for_status:
            raise status_error(
                method=method,
                path=path,
                status_code=response.status_code,
                body=self.redact(response.content.decode("utf-8", "replace")),
                retry_after=response.headers.get("Retry-After"),
            )
        if response.is_success and response.content and "json" in response.headers.get("Content-Type", "json"):
            try:
                json.loads(response.content)
            except ValueError as exc:
                excerpt = self.redact(response.content[-80:].decode("utf-8", "replace"))
                raise UndecodableResponseError(
                    f"{method} {path} returned HTTP {response.status_code} with a body that is not valid JSON "
                    f"({exc}; body ends {excerpt!r})",
                    method=method,
                    path=path,
                    status_code=response.status_code,
                ) from exc


class SDKTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, redact: Redactor, raise_for_status: bool = True) -> None:
        self._inner, self._checks = inner, _Checks(redact, raise_for_status)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._checks.before(request)
        try:
            response = self._inner.handle_request(request)
            response.read()
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise self._checks.transport_error(request, exc) from None
        self._checks.after(request, response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncSDKTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, redact: Redactor, raise_for_status: bool = True) -> None:
        self._inner, self._checks = inner, _Checks(redact, raise_for_status)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._checks.before(request)
        try:
            response = await self._inner.handle_async_request(request)
            await response.aread()
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise self._checks.transport_error(request, exc) from None
        self._checks.after(request, response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def _substitute(request: httpx.Request, placeholders: dict[str, str]) -> httpx.Request:
    path, query = request.url.raw_path, b""
    if b"?" in path:
        path, query = path.split(b"?", 1)
        query = b"?" + query
    for placeholder, value in placeholders.items():
        # A whole path segment only, anywhere in the path (including the last segment).
        segment = re.compile(rb"(?<=/)" + re.escape(quote(placeholder, safe="").encode()) + rb"(?=/|$)")
        # quote() leaves no backslash, so the value is a literal replacement template.
        path = segment.sub(quote(value, safe="").encode(), path)
    raw = path + query
    if raw == request.url.raw_path:
        return request
    return httpx.Request(
        request.method,
        request.url.copy_with(raw_path=raw),
        headers=request.headers,
        stream=request.stream,
        extensions=request.extensions,
    )


class PathSecretTransport(httpx.BaseTransport):
    """Replaces placeholder path segments (e.g. {userId}) with their real values just before sending."""

    def __init__(self, inner: httpx.BaseTransport, placeholders: dict[str, str]) -> None:
        self._inner, self._placeholders = inner, placeholders

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(_substitute(request, self._placeholders))

    def close(self) -> None:
        self._inner.close()


class AsyncPathSecretTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, placeholders: dict[str, str]) -> None:
        self._inner, self._placeholders = inner, placeholders

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(_substitute(request, self._placeholders))

    async def aclose(self) -> None:
        await self._inner.aclose()


def sync_stack(
    *,
    max_retries: int,
    redact: Redactor,
    placeholders: dict[str, str],
    inner: httpx.BaseTransport | None = None,
    raise_for_status: bool = True,
) -> httpx.BaseTransport:
    """The stack over `inner` (default: httpx.HTTPTransport; the client passes the caller's transport)."""
    transport: httpx.BaseTransport = inner or httpx.HTTPTransport()
    if placeholders:
        transport = PathSecretTransport(transport, placeholders)
    if max_retries > 0:
        transport = RetryTransport(transport=transport, retry=make_retry(max_retries))
    return SDKTransport(transport, redact, raise_for_status)


def async_stack(
    *,
    max_retries: int,
    redact: Redactor,
    placeholders: dict[str, str],
    inner: httpx.AsyncBaseTransport | None = None,
    raise_for_status: bool = True,
) -> httpx.AsyncBaseTransport:
    transport: httpx.AsyncBaseTransport = inner or httpx.AsyncHTTPTransport()
    if placeholders:
        transport = AsyncPathSecretTransport(transport, placeholders)
    if max_retries > 0:
        transport = RetryTransport(transport=transport, retry=make_retry(max_retries))
    return AsyncSDKTransport(transport, redact, raise_for_status)
