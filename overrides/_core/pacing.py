"""An opt-in request rate limit: one budget per client, spent by every request attempt that reaches the network.

The APIs publish no rate headers and answer bulk jobs with 429, so a client given `max_requests_per_second=r`
spaces its requests evenly: each attempt starts at least 1/r seconds after the previous one (fixed spacing, a
burst of one; a client idle for a while does not save up a burst). Callers reserve their start time under a
thread lock and then wait outside it, so one budget is shared safely by threads, by tasks on any event loop,
by a pager's concurrent windows and by a client's copies (with_options, the raw twin, sync and async). The layer
sits at the bottom of the stack, under the retry loop (every attempt counts) and under the cache (a cached
answer costs nothing).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from .errors import InvalidParameterError

PARAMETER = "max_requests_per_second"


def checked_rate(value: object) -> float | None:
    """The validated rate (None: no limit); an InvalidParameterError naming the parameter otherwise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise InvalidParameterError(
            f"{PARAMETER} must be a positive, finite number of requests per second (or None for no limit), "
            f"not {value!r}",
            parameter=PARAMETER,
            operation="",
        )
    return float(value)


class RateLimit:
    """Fixed spacing of request starts, 1/rate seconds apart; thread-safe and usable from any event loop."""

    def __init__(
        self,
        per_second: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,  # None: asyncio.sleep
    ) -> None:
        self.per_second = per_second
        self.interval = 1.0 / per_second
        self._clock, self._sleep, self._async_sleep = clock, sleep, async_sleep
        self._lock = threading.Lock()
        self._next = -math.inf  # the earliest start of the next request

    def reserve(self) -> float:
        """Claim the next start slot; returns how long to wait for it (0 when it is now)."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        return start - now

    def wait(self) -> None:
        """Block the calling thread until its slot."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)

    async def await_turn(self) -> None:
        """Suspend the calling task until its slot (the slot is spent even if the task is cancelled meanwhile)."""
        delay = self.reserve()
        if delay > 0:
            if self._async_sleep is None:
                import asyncio  # here: a sync client imports no asyncio

                self._async_sleep = asyncio.sleep
            await self._async_sleep(delay)

    def __repr__(self) -> str:
        return f"RateLimit({self.per_second:g}/s, fixed spacing, burst 1)"


class PacedTransport(httpx.BaseTransport):
    """Waits for the client's budget before each request it passes down."""

    def __init__(self, inner: httpx.BaseTransport, limit: RateLimit) -> None:
        self._inner, self.limit = inner, limit

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.limit.wait()
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """The async twin of PacedTransport (same budget object as the client's sync transport)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limit: RateLimit) -> None:
        self._inner, self.limit = inner, limit

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self.limit.await_turn()
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def paced(inner: Any, limit: RateLimit, *, sync: bool) -> Any:
    """`inner` behind the budget: the sync or the async layer."""
    return PacedTransport(inner, limit) if sync else AsyncPacedTransport(inner, limit)
