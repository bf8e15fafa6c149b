"""max_requests_per_second: one budget per client, spent by every attempt from every thread, task, copy and pager.

Request times are recorded by an httpx.MockTransport under the stack. The limiter spaces request starts 1/rate
apart, so the k-th request (in time order) cannot start before k intervals after the first could: only lower
bounds on elapsed time are asserted, which a slow machine cannot break.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from careeronestop_client import CareerOneStopClient
from careeronestop_client.exceptions import InvalidParameterError as COSInvalidParameterError
from onet_client import AsyncOnetClient, OnetClient
from onet_client._core.pacing import RateLimit
from onet_client.api.online import keyword_search
from onet_client.exceptions import InvalidParameterError
from onet_client.pagination import aiter_pages

from .conftest import COS_TOKEN, COS_USER, ONET_KEY, onet_listing

RATE = 200.0  # requests per second: 1/RATE = 5 ms between request starts, far above what unpaced calls take
CLOCK_SLACK = 0.001  # seconds; timer wake-ups may round to the clock's resolution


class Recorder:
    """A MockTransport side effect that notes when each request arrived, then answers with `respond`."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.times: list[float] = []
        self._respond = respond
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.times.append(time.monotonic())
        return self._respond(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def assert_paced(times: list[float], began: float, rate: float = RATE) -> None:
    """The k-th request (0-based, in time order) started at least k/rate seconds after `began`."""
    assert times, "no request was recorded"
    for k, at in enumerate(sorted(times)):
        assert at - began >= k / rate - CLOCK_SLACK, f"request {k} came {at - began:.4f}s in, before {k / rate:.4f}s"


def empty_search(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"start": 1, "end": 0, "total": 0, "occupation": []})


def test_fixed_spacing_with_a_burst_of_one() -> None:
    now = [100.0]
    limit = RateLimit(4.0, clock=lambda: now[0])
    assert [limit.reserve() for _ in range(4)] == [0.0, 0.25, 0.5, 0.75]  # one start per 1/4 s, none saved up
    now[0] += 10.0  # long idle: the next start is immediate, the one after waits a full interval again
    assert [limit.reserve() for _ in range(2)] == [0.0, 0.25]


@pytest.mark.parametrize("bad", [0, -1, math.nan, math.inf, "5", True])
def test_the_rate_is_validated_before_any_request(bad: Any) -> None:
    with pytest.raises(InvalidParameterError, match="max_requests_per_second") as caught:
        OnetClient(ONET_KEY, max_requests_per_second=bad)
    assert caught.value.parameter == "max_requests_per_second"
    with pytest.raises(COSInvalidParameterError, match="max_requests_per_second"):
        CareerOneStopClient(COS_TOKEN, COS_USER, max_requests_per_second=bad)


def test_eight_threads_and_every_copy_share_one_budget() -> None:
    recorder = Recorder(empty_search)
    onet = OnetClient(ONET_KEY, max_requests_per_second=RATE, httpx_args={"transport": recorder.transport()})
    copies = [onet, onet.with_options(timeout=5), onet._raw_twin(), onet.with_options(max_retries=0)]
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        client = copies[n % len(copies)]
        start.wait()
        for _ in range(5):
            client.online.search_occupations(keyword="nurse")

    began = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(recorder.times) == 40
    assert_paced(recorder.times, began)


def test_every_retry_attempt_spends_the_budget(sleeps: list[float]) -> None:
    attempts: dict[str, int] = {}

    def flaky(request: httpx.Request) -> httpx.Response:
        keyword = request.url.params["keyword"]
        attempts[keyword] = attempts.get(keyword, 0) + 1
        return httpx.Response(503) if attempts[keyword] == 1 else empty_search(request)

    recorder = Recorder(flaky)
    onet = OnetClient(ONET_KEY, max_requests_per_second=RATE, httpx_args={"transport": recorder.transport()})
    began = time.monotonic()
    for n in range(6):
        onet.online.search_occupations(keyword=f"k{n}")
    assert len(recorder.times) == 12 and len(sleeps) == 6  # the backoff sleeps are recorded, not slept
    assert_paced(recorder.times, began)


async def test_async_pager_windows_and_tasks_share_the_budget() -> None:
    """The engine's pager and the namespaced one, each with concurrency=8, plus a raw call: one budget for all."""
    recorder = Recorder(onet_listing(300))
    aonet = AsyncOnetClient(ONET_KEY, max_requests_per_second=RATE, httpx_args={"transport": recorder.transport()})
    began = time.monotonic()

    async def pages() -> int:
        count = 0
        async for page in aiter_pages(keyword_search, client=aonet, keyword="a", page_size=20, concurrency=8):
            count += len(page.items)
        return count

    async def items() -> int:  # the public pager, as the README shows it
        pager = aonet.online.search_occupations.iter(keyword="a", page_size=20, concurrency=8)
        return len([item async for item in pager])

    counts = await asyncio.gather(pages(), items(), aonet._raw_twin().online.search_occupations(keyword="b"))
    await aonet.aclose()
    assert list(counts[:2]) == [300, 300]
    assert len(recorder.times) == 31  # 15 windows per listing, one search
    assert_paced(recorder.times, began)


def test_sync_and_async_clients_of_one_client_share_the_budget() -> None:
    recorder = Recorder(empty_search)
    onet = OnetClient(ONET_KEY, max_requests_per_second=RATE, httpx_args={"transport": recorder.transport()})
    began = time.monotonic()

    async def from_a_loop() -> None:
        async_http = onet.get_async_httpx_client()
        for _ in range(5):
            await async_http.get("/online/search", params={"keyword": "x"})

    thread = threading.Thread(target=lambda: asyncio.run(from_a_loop()))
    thread.start()
    for _ in range(5):
        onet.online.search_occupations(keyword="nurse")
    thread.join(timeout=30)
    assert len(recorder.times) == 10
    assert_paced(recorder.times, began)


def test_without_a_rate_nothing_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    from onet_client._core import pacing

    def never(self: RateLimit) -> None:
        raise AssertionError("paced without max_requests_per_second")

    monkeypatch.setattr(pacing.RateLimit, "wait", never)
    offline = OnetClient(ONET_KEY, httpx_args={"transport": httpx.MockTransport(empty_search)})
    assert offline.online.search_occupations(keyword="nurse").total == 0


def test_answers_from_the_cache_spend_no_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    from onet_client._core import pacing

    turns: list[float] = []
    original = pacing.RateLimit.wait

    def counted(self: RateLimit) -> None:
        turns.append(time.monotonic())
        original(self)

    monkeypatch.setattr(pacing.RateLimit, "wait", counted)
    recorder = Recorder(empty_search)
    onet = OnetClient(
        ONET_KEY, max_requests_per_second=RATE, cache="memory", httpx_args={"transport": recorder.transport()}
    )
    for _ in range(3):
        assert onet.online.search_occupations(keyword="nurse").total == 0
    assert len(recorder.times) == 1 and len(turns) == 1
