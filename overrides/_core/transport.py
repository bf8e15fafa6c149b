"""The transport stack under every SDK client.

    SDKTransport          validates the call against its operation, decodes the body once, typed errors only
      RetryTransport      httpx-retries: connection errors, 408, 429 and 5xx, backoff honouring Retry-After
        WireTransport     fills bound path parameters (userId) into their template segment, reads the body
          httpx.HTTPTransport (or an injected transport)

The body is read inside the retry loop, so a reset or a stall while reading is retried like a connection error.
Everything above the bottom layer only ever sees placeholders, so httpx's and httpx-retries' log lines and our
error messages carry no secrets.
"""

from __future__ import annotations

import functools
import json
import random
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx
from httpx._client import BaseClient  # the common base of Client and AsyncClient (build_request)

from . import spec_index
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidParameterError,
    UndecodableResponseError,
    parse_retry_after,
    status_error,
)
from .redaction import Redactor
from .tolerance import BODY_EXTENSION, SDK_EXTENSION

if TYPE_CHECKING:
    from httpx_retries import Retry

RETRY_STATUSES = (408, 429, 500, 502, 503, 504)
FIRST_BACKOFF = 0.5  # seconds before the first retry; doubles each time
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is not slept: the typed error (with .retry_after) is raised at once


def make_retry(max_retries: int) -> Retry:
    """The retry policy: exponential backoff 0.5 s, 1 s, 2 s ... capped at 8 s, jitter, Retry-After up to 60 s."""
    return _sdk_retry()(
        total=max_retries,
        allowed_methods=["GET", "HEAD", "OPTIONS", "POST"],  # POST here is a read (skills matcher)
        status_forcelist=RETRY_STATUSES,
        max_backoff_wait=MAX_RETRY_AFTER,
        respect_retry_after_header=True,
    )


@functools.cache
def _sdk_retry() -> type[Retry]:
    """httpx-retries' Retry with our backoff, defined on first need: importing httpx-retries imports asyncio."""
    from httpx_retries import Retry

    class SDKRetry(Retry):
        def backoff_strategy(self) -> float:
            backoff = FIRST_BACKOFF * 2 ** max(self.attempts_made - 1, 0)
            return float(min(backoff, MAX_BACKOFF) * random.uniform(0.75, 1.0))

        def parse_retry_after(self, retry_after: str) -> float:
            seconds = parse_retry_after(retry_after)
            if seconds is None:
                raise ValueError("unusable Retry-After")  # httpx-retries then falls back to the backoff
            return seconds

    return SDKRetry


class _WaitTooLong(Exception):
    """A retryable status whose Retry-After exceeds the cap: stop retrying (not a retryable exception)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__("Retry-After above the cap")
        self.response = response


def _render(template: str, params: Mapping[str, Any], placeholders: Mapping[str, str]) -> str:
    """The path for a template: each value quoted as one segment; bound placeholders replaced when given."""

    def segment(found: re.Match[str]) -> str:
        token, name = found.group(0), found.group(1)
        value = str(params.get(name))
        if token in placeholders and value == token:
            value = placeholders[token]
        return quote(value, safe="")

    return re.sub(r"\{([^}]+)\}", segment, template)


def _substitute(request: httpx.Request, placeholders: Mapping[str, str]) -> httpx.Request:
    """The request with bound placeholders filled in, only in the segment the operation's template declares."""
    sdk = request.extensions.get(SDK_EXTENSION)
    if not placeholders or not sdk:
        return request
    template, params = sdk["path_template"], sdk["path_params"]
    if not any(token in template and params.get(token[1:-1]) == token for token in placeholders):
        return request
    sent, real = _render(template, params, {}).encode(), _render(template, params, placeholders).encode()
    path, separator, query = request.url.raw_path.partition(b"?")
    if not path.endswith(sent):
        return request  # not the URL the operation built: send the placeholder (refused), never guess
    return httpx.Request(
        request.method,
        _with_path(request.url, path[: len(path) - len(sent)] + real, separator + query),
        headers=request.headers,
        stream=request.stream,
        extensions=request.extensions,
    )


def _with_path(url: httpx.URL, path: bytes, rest: bytes) -> httpx.URL:
    """`url` with another path, which is already percent-encoded and normalized (each substituted segment is quoted
    whole): the URL's other parts are reused as httpx parsed them, instead of parsing the ~400-character URL again
    (`copy_with` would). A dot segment, or an httpx whose URL is built otherwise, takes the public, parsing way."""
    reference = getattr(url, "_uri_reference", None)
    text = path.decode("ascii")
    if not isinstance(reference, tuple) or not hasattr(reference, "_replace") or "/." in text:
        return url.copy_with(raw_path=path + rest)
    swapped = httpx.URL.__new__(httpx.URL)
    swapped._uri_reference = reference._replace(path=text)
    return swapped


def _too_long(response: httpx.Response) -> bool:
    if response.status_code not in RETRY_STATUSES:
        return False
    wait = parse_retry_after(response.headers.get("Retry-After"))
    return wait is not None and wait > MAX_RETRY_AFTER


class WireTransport(httpx.BaseTransport):
    """Bottom layer: bound path parameters filled in, body read (inside the retry loop)."""

    def __init__(self, inner: httpx.BaseTransport, placeholders: Mapping[str, str]) -> None:
        self._inner, self._placeholders = inner, dict(placeholders)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(_substitute(request, self._placeholders))
        try:
            response.read()
        finally:
            response.close()
        if _too_long(response):
            raise _WaitTooLong(response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncWireTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, placeholders: Mapping[str, str]) -> None:
        self._inner, self._placeholders = inner, dict(placeholders)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(_substitute(request, self._placeholders))
        try:
            await response.aread()
        finally:
            await response.aclose()
        if _too_long(response):
            raise _WaitTooLong(response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class Checks:
    """What SDKTransport does around the request, shared by the sync and async versions."""

    def __init__(self, redact: Redactor, placeholders: Mapping[str, str], raise_for_status: bool = True) -> None:
        self.redact, self.placeholders = redact, dict(placeholders)
        self.raise_for_status = raise_for_status  # False for the raw-response form (`.raw()`)

    def where(self, request: httpx.Request) -> tuple[str, str]:
        return request.method, self.redact(request.url.path)

    @staticmethod
    def called(request: httpx.Request) -> str:
        """`online.search_occupations: ` for a request an SDK method made (the name the caller wrote), else ''."""
        op = spec_index.for_request(request.method, request.extensions.get(SDK_EXTENSION))
        return f"{op.name}: " if op else ""

    def before(self, request: httpx.Request) -> httpx.Request:
        """The request, once its arguments pass the spec's checks (an InvalidParameterError otherwise)."""
        sdk = request.extensions.get(SDK_EXTENSION)
        if not sdk:
            return request
        try:
            spec_index.validate_call(request.method, sdk, self.placeholders)
            return request
        except InvalidParameterError as exc:  # the message quotes the value, which may be a credential
            error = InvalidParameterError(self.redact(str(exc)), parameter=exc.parameter, operation=exc.operation)
        raise error  # outside the handler: no __context__ holding the unredacted original

    def settle(self, request: httpx.Request, outcome: httpx.Response | Exception) -> httpx.Response:
        """The usable response, else raise the typed error (outside any handler: no __context__ holding the
        library's exception, whose message may quote URLs or bodies)."""
        if isinstance(outcome, APIError):
            raise outcome
        if isinstance(outcome, _WaitTooLong):  # not retried: the response itself, typed error or (for .raw()) as is
            outcome = outcome.response
        if isinstance(outcome, Exception):
            raise self.failure(request, outcome)
        failure = self.after(request, outcome)
        if failure is None:
            return outcome
        raise failure

    def failure(self, request: httpx.Request, exc: Exception) -> Exception:
        """The typed error for anything that went wrong below (never a bare httpx or library exception)."""
        method, path = self.where(request)
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{self.called(request)}{method} {path} timed out ({type(exc).__name__})", method=method, path=path
            )
        if isinstance(exc, httpx.DecodingError):
            return UndecodableResponseError(
                f"{self.called(request)}{method} {path}: the body could not be decoded "
                f"({self.redact(str(exc)) or type(exc).__name__})",
                method=method,
                path=path,
                status_code=0,
            )
        if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
            return InvalidParameterError(
                f"{self.called(request)}{method} {path}: the request URL is unusable ({self.redact(str(exc))})",
                parameter="base_url",
                operation=self.called(request).removesuffix(": "),
            )
        reason = self.redact(str(exc)) or type(exc).__name__
        where = f"{self.called(request)}{method} {path}"
        if isinstance(exc, httpx.ConnectError):
            return APIConnectionError(f"{where} failed to connect: {reason}", method=method, path=path)
        return APIConnectionError(f"{where} failed: {type(exc).__name__}: {reason}", method=method, path=path)

    def after(self, request: httpx.Request, response: httpx.Response) -> APIError | None:
        """The typed error for an unusable response, or None; a 2xx JSON body is decoded once and kept."""
        if not response.is_success:
            if not self.raise_for_status:
                return None
            method, path = self.where(request)
            op = spec_index.for_request(request.method, request.extensions.get(SDK_EXTENSION))
            return status_error(
                method=method,
                path=path,
                status_code=response.status_code,
                body=response.content.decode("utf-8", "replace"),
                retry_after=response.headers.get("Retry-After"),
                redact=self.redact,
                call=op.name if op else "",
                credential_envs=spec_index.credential_envs(),
                not_found=dict(op.not_found) if op else None,
            )
        if not response.content.strip() or SDK_EXTENSION not in request.extensions:
            return None
        try:
            response.extensions[BODY_EXTENSION] = json.loads(response.content)
        except (ValueError, RecursionError) as exc:  # RecursionError: nesting too deep for the decoder
            method, path = self.where(request)
            kind = type(exc).__name__
            excerpt = self.redact(response.content.decode("utf-8", "replace"))[-80:]  # redact first: no cut secret
            return UndecodableResponseError(
                f"{method} {path} returned HTTP {response.status_code} with a body that is not valid JSON "
                f"(Content-Type {response.headers.get('Content-Type', 'absent')!r}; {kind}; body ends {excerpt!r})",
                method=method,
                path=path,
                status_code=response.status_code,
            )
        return None


class SDKTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, checks: Checks) -> None:
        self._inner, self._checks = inner, checks

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        checked = self._checks.before(request)  # outside the try: a bug in the checks is not a network failure
        try:
            outcome: httpx.Response | Exception = self._inner.handle_request(checked)
        except Exception as exc:
            outcome = exc
        return self._checks.settle(request, outcome)

    def close(self) -> None:
        self._inner.close()


class AsyncSDKTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, checks: Checks) -> None:
        self._inner, self._checks = inner, checks

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        checked = self._checks.before(request)  # outside the try: a bug in the checks is not a network failure
        try:
            outcome: httpx.Response | Exception = await self._inner.handle_async_request(checked)
        except Exception as exc:
            outcome = exc
        return self._checks.settle(request, outcome)

    async def aclose(self) -> None:
        await self._inner.aclose()


def sync_stack(*, inner: httpx.BaseTransport, checks: Checks, max_retries: int) -> httpx.BaseTransport:
    """Under httpx.Client: checks and typed errors, then retries, then userId substitution, then `inner`."""
    wire: httpx.BaseTransport = WireTransport(inner, checks.placeholders)
    return SDKTransport(RetryLayer(wire, max_retries) if max_retries > 0 else wire, checks)


def async_stack(*, inner: httpx.AsyncBaseTransport, checks: Checks, max_retries: int) -> httpx.AsyncBaseTransport:
    """The async twin of sync_stack."""
    wire: httpx.AsyncBaseTransport = AsyncWireTransport(inner, checks.placeholders)
    return AsyncSDKTransport(AsyncRetryLayer(wire, max_retries) if max_retries > 0 else wire, checks)


class _Replay(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Gives back the first attempt's outcome once, then sends through the wire: httpx-retries continues a request
    the retry layer already sent once, with its own policy and counts, exactly as if it had sent it itself."""

    def __init__(self, wire: httpx.BaseTransport | httpx.AsyncBaseTransport, first: httpx.Response | Exception) -> None:
        self._wire = wire
        self._first: httpx.Response | Exception | None = first

    def _replayed(self) -> httpx.Response | None:
        first, self._first = self._first, None
        if isinstance(first, Exception):
            raise first
        return first

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._replayed()
        if response is None:
            assert isinstance(self._wire, httpx.BaseTransport)
            return self._wire.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self._replayed()
        if response is None:
            assert isinstance(self._wire, httpx.AsyncBaseTransport)
            return await self._wire.handle_async_request(request)
        return response


def _final(first: httpx.Response | Exception) -> httpx.Response | None:
    """A first attempt's response when it is final as it is; None when httpx-retries is to decide (it may retry)."""
    return first if isinstance(first, httpx.Response) and first.status_code not in RETRY_STATUSES else None


class RetryLayer(httpx.BaseTransport):
    """httpx-retries (RetryTransport with our policy) over the wire, brought in when a first attempt needs it.

    Most requests succeed at once; importing httpx-retries also imports asyncio (about 12 ms), which a sync client
    that never retries does not need.
    """

    def __init__(self, wire: httpx.BaseTransport, max_retries: int) -> None:
        self._inner, self._max_retries = wire, max_retries

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        first: httpx.Response | Exception
        try:
            first = self._inner.handle_request(request)
        except Exception as exc:
            first = exc
        if (final := _final(first)) is not None:
            return final
        from httpx_retries import RetryTransport

        retrying = RetryTransport(transport=_Replay(self._inner, first), retry=make_retry(self._max_retries))
        del first  # only the replay holds it: raised from there, the exception carries no second reference
        return retrying.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryLayer(httpx.AsyncBaseTransport):
    """The async twin of RetryLayer."""

    def __init__(self, wire: httpx.AsyncBaseTransport, max_retries: int) -> None:
        self._inner, self._max_retries = wire, max_retries

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        first: httpx.Response | Exception
        try:
            first = await self._inner.handle_async_request(request)
        except Exception as exc:
            first = exc
        if (final := _final(first)) is not None:
            return final
        from httpx_retries import RetryTransport

        retrying = RetryTransport(transport=_Replay(self._inner, first), retry=make_retry(self._max_retries))
        del first
        return await retrying.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _offending_parameter(extensions: Mapping[str, Any]) -> str:
    sdk = extensions.get(SDK_EXTENSION) or {}
    values = {**(sdk.get("path_params") or {}), **(sdk.get("query_params") or {})}
    if not values:
        return "url"
    return str(max(values, key=lambda name: len(str(values[name]))))


class _BuildErrors:
    """Turns errors httpx raises while building a request (before any transport) into InvalidParameterError."""

    @staticmethod
    def convert(exc: Exception, kwargs: Mapping[str, Any], redact: Redactor) -> InvalidParameterError:
        extensions = kwargs.get("extensions") or {}
        op = spec_index.for_request(str(kwargs.get("method", "")), extensions.get(SDK_EXTENSION))
        operation = op.name if op else str((extensions.get(SDK_EXTENSION) or {}).get("operation_id", "request"))
        parameter = _offending_parameter(extensions)
        return InvalidParameterError(
            f"{operation}: cannot build the request ({type(exc).__name__}: {redact(str(exc))[:200]}); "
            f"check `{parameter}`",
            parameter=parameter,
            operation=operation,
        )


class _TypedRequestBuilding(BaseClient):
    """Request building that fails with the package's typed error (e.g. an over-long argument)."""

    def __init__(self, *, redact: Redactor, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._sdk_redact = redact

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError, TypeError) as exc:
            error = _BuildErrors.convert(exc, kwargs, self._sdk_redact)
        raise error


def _unbound(response: httpx.Response) -> httpx.Response:
    """The response without httpx's response <-> stream reference cycle, once WireTransport has read and closed it.

    httpx wraps every response's stream in one that points back at the response; such a cycle is freed only by the
    garbage collector, which (a page's parse allocating thousands of objects) has by then moved it to its oldest
    generation: while paging, each page's body and decoded JSON stayed in memory until a full collection. A body
    already read needs no stream: the response keeps its bytes and is freed as soon as nothing refers to it.
    """
    if response.is_closed and response.is_stream_consumed:
        response.stream = httpx.ByteStream(response.content)
    return response


class SDKHTTPClient(_TypedRequestBuilding, httpx.Client):
    """httpx.Client whose request building fails with the package's typed error."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        return _unbound(super().send(request, **kwargs))


class SDKAsyncHTTPClient(_TypedRequestBuilding, httpx.AsyncClient):
    """httpx.AsyncClient whose request building fails with the package's typed error."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        return _unbound(await super().send(request, **kwargs))
