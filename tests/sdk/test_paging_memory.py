"""Paging keeps only the page in hand: each response is freed by reference counting as soon as it is parsed.

httpx links a response and its stream both ways; left as is, such a cycle waits for the garbage collector, and
a 1,000-row page (its body and decoded JSON) survived until a full collection: 12x plain httpx's peak memory
while streaming (benchmarks/run.py, memory). These tests run with the collector off, so a cycle would show.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
import weakref
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import httpx
import pytest
from onet_client import OnetClient
from onet_client.api.online import keyword_search
from onet_client.pagination import aiter_items, iter_items

from .conftest import onet_listing
from .facade_lookup import operation

TOTAL, PAGE = 7, 2


@pytest.fixture
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector off for the test (a full collection first would cost more than the test)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def recording_client(alive: list[weakref.ref[httpx.Response]]) -> OnetClient:
    """A client whose every response is watched through a weak reference."""
    serve = onet_listing(TOTAL)

    def handler(request: httpx.Request) -> httpx.Response:
        response = serve(request)
        alive.append(weakref.ref(response))
        return response

    return OnetClient("memory-key", httpx_args={"transport": httpx.MockTransport(handler)})


def test_sync_paging_frees_each_response_without_the_collector(no_gc: None) -> None:
    alive: list[weakref.ref[httpx.Response]] = []
    seen: list[Any] = []
    for item in iter_items(keyword_search, client=recording_client(alive), keyword="a", page_size=PAGE):
        assert all(ref() is None for ref in alive), f"{sum(ref() is not None for ref in alive)} responses alive"
        seen.append(item.code)
    assert len(seen) == TOTAL and len(alive) == 4


async def test_async_paging_frees_each_response_without_the_collector(no_gc: None) -> None:
    alive: list[weakref.ref[httpx.Response]] = []
    client = recording_client(alive)
    seen = [item.code async for item in aiter_items(keyword_search, client=client, keyword="a", page_size=PAGE)]
    assert len(seen) == TOTAL and len(alive) == 4
    assert all(ref() is None for ref in alive), f"{sum(ref() is not None for ref in alive)} responses alive"
    await client.aclose()


def test_a_single_call_response_is_freed_without_the_collector(no_gc: None) -> None:
    alive: list[weakref.ref[httpx.Response]] = []
    client = recording_client(alive)
    result = keyword_search.sync_detailed(client=client, keyword="a", start=1, end=PAGE)
    assert result.status_code == 200 and len(alive) == 1
    assert alive[0]() is None  # the generated Response keeps the bytes and the model, not httpx's response
    raw = client.get_httpx_client().get("/online/search", params={"keyword": "a"})
    assert raw.read() == raw.content and raw.json()["total"] == TOTAL  # a response read by hand still reads
    ref = alive[-1]
    del raw
    assert ref() is None


def test_the_previous_page_is_not_kept_while_the_next_one_is_fetched(no_gc: None) -> None:
    """When it asks for the next page the paginator holds, of earlier pages, only the previous page's first and
    last item (its check for a listing that does not advance); the caller decides what else to keep."""
    delivered: list[weakref.ref[Any]] = []
    kept_at_request: list[int] = []
    serve = onet_listing(12)

    def handler(request: httpx.Request) -> httpx.Response:
        kept_at_request.append(sum(ref() is not None for ref in delivered))
        return serve(request)

    client = OnetClient("memory-key", httpx_args={"transport": httpx.MockTransport(handler)})
    for item in iter_items(keyword_search, client=client, keyword="a", page_size=4):
        delivered.append(weakref.ref(item))
        del item
    assert len(delivered) == 12
    assert kept_at_request == [0, 2, 2]


# -- the namespaced surface: `client.database.list_rows.iter(...)` holds one page, not one and a half (issue 21)

ROWS_PAGE, ROWS_PAGES = 1000, 3
ROWS = "GET /database/rows/{table_id}"


@cache  # encoded once for both tests
def rows_bodies() -> dict[int, bytes]:
    """ROWS_PAGES pages of ROWS_PAGE database rows, encoded before anything is measured (column ids of the
    O*NET database's Abilities table, illustrative values)."""
    total = ROWS_PAGE * ROWS_PAGES
    bodies = {}
    for start in range(1, total + 1, ROWS_PAGE):
        rows = [
            {"onetsoc_code": f"15-{n % 10000:04d}.00", "element_id": f"1.A.1.a.{n % 4}", "data_value": n / 7}
            for n in range(start, start + ROWS_PAGE)
        ]
        body = {"start": start, "end": start + ROWS_PAGE - 1, "total": total, "row": rows}
        bodies[start] = json.dumps(body).encode()
    return bodies


def rows_client(bodies: dict[int, bytes]) -> OnetClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[int(request.url.params["start"])])

    return OnetClient("memory-key", httpx_args={"transport": httpx.MockTransport(handler)}, max_retries=0)


def traced_peak(run: Callable[[], object]) -> int:
    """Peak traced memory of `run()`, its result released inside the measurement."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_with_iter_peaks_near_one_page() -> None:
    """Three pages through `.iter()` peak at most 1.15x one page's call (the old pager held 1.5 pages: 1.6x)."""
    bodies = rows_bodies()
    client = rows_client(bodies)
    list_rows = operation(client, ROWS)
    list_rows("abilities", start=1, end=ROWS_PAGE)  # warm-up: client, modules, caches

    def one_call() -> object:
        page = list_rows("abilities", start=1, end=ROWS_PAGE)
        return len(page.row)

    def stream() -> object:
        count = 0
        for _row in list_rows.iter("abilities"):
            count += 1
        assert count == ROWS_PAGE * ROWS_PAGES
        return count

    single, streamed = traced_peak(one_call), traced_peak(stream)
    assert streamed <= 1.15 * single, f"streaming peaked at {streamed / single:.2f}x one page's call"


def test_streaming_pages_peaks_near_one_page() -> None:
    bodies = rows_bodies()
    client = rows_client(bodies)
    list_rows = operation(client, ROWS)
    list_rows("abilities", start=1, end=ROWS_PAGE)

    def one_call() -> object:
        return len(list_rows("abilities", start=1, end=ROWS_PAGE).row)

    def pages() -> object:
        seen = []
        for page in list_rows.iter("abilities").pages():
            seen.append(len(page.items))
            del page  # the caller lets go of the page at the end of its loop body: then nothing else holds it
        assert seen == [ROWS_PAGE] * ROWS_PAGES
        return seen

    single, streamed = traced_peak(one_call), traced_peak(pages)
    assert streamed <= 1.15 * single, f".pages() peaked at {streamed / single:.2f}x one page's call"
