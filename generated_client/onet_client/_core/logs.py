"""One log line per request on the package's logger, and the <API>_LOG environment switch (as OPENAI_LOG).

`ONET_LOG=info` (or `CAREERONESTOP_LOG`; the name comes from openapi/apis.toml via _spec_index.json) prints one
line per request on stderr: method, path template (never the filled URL), status or error, elapsed time and the
number of retries. `=debug` adds httpx's, httpx-retries' and httpcore's own lines. Without the variable the
lines still go to the package logger at INFO, for applications that configure logging themselves. The lines
carry no argument values, and every record on these loggers passes the redacting filter (redaction.py).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from . import spec_index
from .redaction import log_filter
from .tolerance import SDK_EXTENSION

LOGGER = logging.getLogger(spec_index.PACKAGE)
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
# Loggers whose own lines `debug` shows besides the package's (their records are redacted, see redaction.py).
DEBUG_LOGGERS = ("httpx", "httpx_retries", "httpcore")
ATTEMPTS_EXTENSION = "sdk_attempts"  # request extension: a counter shared by the request's copies down the stack
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"

_SETUP_LOCK = threading.Lock()
_handler: logging.Handler | None = None


def log_env() -> str | None:
    """The environment variable that switches request logging on (e.g. ONET_LOG), from the package's index."""
    name = spec_index.index().get("log_env")
    return str(name) if name else None


def configure_from_env() -> None:
    """Apply <API>_LOG once it is set: the package logger's level, and one stderr handler (added once)."""
    global _handler
    name = log_env()
    value = os.environ.get(name, "").strip().lower() if name else ""
    if not name or not value:
        return
    level = LEVELS.get(value)
    if level is None:
        warnings.warn(f"{name}={value!r} is not one of {', '.join(LEVELS)}; request logging stays off", stacklevel=3)
        return
    with _SETUP_LOCK:
        if _handler is None:
            _handler = logging.StreamHandler(sys.stderr)
            _handler.setFormatter(logging.Formatter(FORMAT))
            _handler.addFilter(log_filter())  # redacted again at the handler, whatever logger the record came from
        for logger_name in (spec_index.PACKAGE, *(DEBUG_LOGGERS if level == logging.DEBUG else ())):
            logger = logging.getLogger(logger_name)
            logger.setLevel(level)
            if _handler not in logger.handlers:
                logger.addHandler(_handler)


@dataclass
class _Attempts:
    """How many times a request reached the bottom of the stack (its first try and every retry)."""

    count: int = 0


def start(request: httpx.Request) -> _Attempts:
    """Attach a fresh attempt counter to the request (the stack's copies of it share the object)."""
    attempts = _Attempts()
    request.extensions[ATTEMPTS_EXTENSION] = attempts
    return attempts


def count_attempt(request: httpx.Request) -> None:
    attempts = request.extensions.get(ATTEMPTS_EXTENSION)
    if isinstance(attempts, _Attempts):
        attempts.count += 1


def _where(request: httpx.Request, redact: Callable[[str], str]) -> tuple[str, str]:
    sdk = request.extensions.get(SDK_EXTENSION) or {}
    template = sdk.get("path_template")
    return request.method, str(template) if template else str(redact(request.url.path))


def emit(
    request: httpx.Request,
    outcome: httpx.Response | BaseException,
    began: float,
    attempts: _Attempts,
    redact: Callable[[str], str],
) -> None:
    """The request's line: `GET /online/occupations/{code}/ 200 in 0.084s (0 retries)`."""
    if not LOGGER.isEnabledFor(logging.INFO):
        return
    method, path = _where(request, redact)
    if isinstance(outcome, httpx.Response):
        status = str(outcome.status_code)
    else:
        code = getattr(outcome, "status_code", None)
        status = f"{code} {type(outcome).__name__}" if code else type(outcome).__name__
    retries = max(attempts.count - 1, 0)
    LOGGER.info(
        "%s %s %s in %.3fs (%d %s)",
        method,
        path,
        status,
        time.perf_counter() - began,
        retries,
        "retry" if retries == 1 else "retries",
    )


class CountingTransport(httpx.BaseTransport):
    """Counts each attempt of a request (sits inside the retry loop)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        count_attempt(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        count_attempt(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class LoggedTransport(httpx.BaseTransport):
    """Top of the stack: times the whole call (retries included) and logs its one line."""

    def __init__(self, inner: httpx.BaseTransport, redact: Callable[[str], str]) -> None:
        self._inner, self._redact = inner, redact

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts, began = start(request), time.perf_counter()
        try:
            response = self._inner.handle_request(request)
        except Exception as exc:  # a cancelled call did not finish: no line
            emit(request, exc, began, attempts, self._redact)
            raise
        emit(request, response, began, attempts, self._redact)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncLoggedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, redact: Callable[[str], str]) -> None:
        self._inner, self._redact = inner, redact

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts, began = start(request), time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as exc:  # a cancelled call did not finish: no line
            emit(request, exc, began, attempts, self._redact)
            raise
        emit(request, response, began, attempts, self._redact)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def counted(inner: Any, *, sync: bool) -> Any:
    """`inner` with each attempt counted (placed under the retry loop)."""
    return CountingTransport(inner) if sync else AsyncCountingTransport(inner)


def logged(inner: Any, redact: Callable[[str], str], *, sync: bool) -> Any:
    """The stack `inner` with its one line per call (placed on top)."""
    return LoggedTransport(inner, redact) if sync else AsyncLoggedTransport(inner, redact)
