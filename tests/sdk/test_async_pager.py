"""The namespaced async pager keeps the README's promise: `concurrency=` caps the requests in flight, is checked
before any request, and windows flow (each arriving page starts the next window; no rounds).

Concurrency is observed by a MockTransport counting the requests in flight (issue 21).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import httpx
import pytest
from onet_client import AsyncOnetClient
from onet_client._core.errors import InvalidParameterError

from .facade_lookup import operation

ROWS = "GET /database/rows/{table_id}"
TOTAL, PAGE = 200, 10  # 20 windows


class Counting:
    """An O*NET rows listing that counts requests in flight; `hold` (a start index) waits for a signal."""

    def __init__(self, hold: int | None = None, release_after: int = 0) -> None:
        self.in_flight = self.peak = self.started = 0
        self.started_while_held = 0
        self.hold, self.release_after = hold, release_after
        self.released = asyncio.Event()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        start, end = int(request.url.params["start"]), int(request.url.params["end"])
        self.in_flight += 1
        self.started += 1
        self.peak = max(self.peak, self.in_flight)
        if self.started > self.release_after and self.hold is not None:
            self.released.set()
        try:
            if start == self.hold:
                before = self.started
                with contextlib.suppress(TimeoutError):  # the old pager never released it: no deadlock
                    await asyncio.wait_for(self.released.wait(), 2.0)
                self.started_while_held = self.started - before
            else:
                await asyncio.sleep(0.005)
        finally:
            self.in_flight -= 1
        end = min(end, TOTAL)
        rows = [{"onetsoc_code": f"15-{n:04d}.00", "element_id": "1.A"} for n in range(start, end + 1)]
        return httpx.Response(200, json={"start": start, "end": end, "total": TOTAL, "row": rows})

    def client(self) -> AsyncOnetClient:
        return AsyncOnetClient("pager-key", httpx_args={"transport": httpx.MockTransport(self)}, max_retries=0)


def codes(rows: list[Any]) -> list[Any]:
    return [row.additional_properties["onetsoc_code"] for row in rows]


async def test_iter_takes_concurrency_and_keeps_to_it() -> None:
    served = Counting()
    client = served.client()
    list_rows = operation(client, ROWS)
    rows = [row async for row in list_rows.iter("abilities", page_size=PAGE, concurrency=3)]
    await client.aclose()
    assert codes(rows) == [f"15-{n:04d}.00" for n in range(1, TOTAL + 1)]  # every row once, in order
    assert served.peak == 3 and served.started == TOTAL // PAGE


async def test_pages_take_concurrency_too() -> None:
    served = Counting()
    client = served.client()
    pages = operation(client, ROWS).iter("abilities", page_size=PAGE, concurrency=5).pages()
    offsets = [page.offset async for page in pages]
    await client.aclose()
    assert offsets == list(range(0, TOTAL, PAGE)) and served.peak == 5


@pytest.mark.parametrize("bad", [0, -2, True, 2.5, "4"])
async def test_concurrency_is_checked_before_any_request(bad: Any) -> None:
    served = Counting()
    client = served.client()
    with pytest.raises(InvalidParameterError, match="concurrency") as caught:
        operation(client, ROWS).iter("abilities", concurrency=bad)
    await client.aclose()
    assert caught.value.parameter == "concurrency"
    assert caught.value.operation and caught.value.operation in str(caught.value)  # names the operation
    assert served.started == 0


async def test_windows_flow_past_a_slow_page() -> None:
    """While page 2 is slow, each page that arrives starts the next window (rounds would wait for page 2); how many
    run ahead is bounded: 2 x concurrency windows started and not yet handed out."""
    concurrency = 3
    served = Counting(hold=PAGE + 1, release_after=2 * concurrency)
    client = served.client()
    rows = [row async for row in operation(client, ROWS).iter("abilities", page_size=PAGE, concurrency=concurrency)]
    await client.aclose()
    assert len(rows) == TOTAL and served.peak <= concurrency
    assert served.started_while_held == 2 * concurrency - 1  # the windows after page 2 that its wait let through
