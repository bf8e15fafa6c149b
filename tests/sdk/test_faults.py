"""Every server fault from issue 10 against a real 127.0.0.1 server: single calls and paginators, sync and async.

Each case states its outcome: success after a number of requests (a transient fault, retried), or the package's
typed error. Paginators meet the fault on page 3 of 5 and must yield pages 1-2 exactly once before either
outcome. Retry sleeps are recorded, not slept; each case is bounded in time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from onet_client import OnetClient, OnetError
from onet_client.api.online import keyword_search
from onet_client.exceptions import (
    APIConnectionError,
    RateLimitError,
    ResponseValidationError,
    UndecodableResponseError,
)
from onet_client.models import KeywordSearchResults
from onet_client.pagination import aiter_items, iter_items

from .localserver import LocalServer, Reply, Seen

pytestmark = pytest.mark.cost(2)  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)

PAGE = 4
PAGES = 5
TOTAL = PAGE * PAGES
TIME_BOUND = 6.0  # seconds per case
TIMEOUT = 0.5  # the client's timeout: generous, so that no good reply times out on a loaded machine
# The stall case: a short read timeout (connecting keeps TIMEOUT) and a far longer stall. Each stall costs the test one
# read timeout (the server's sleeping thread is not waited for); finishing within STALL_BOUND, well before the stall
# ends, proves that the read timeout, not the server closing the connection, ended the stalled attempt.
STALL_TIMEOUT, STALL, STALL_BOUND = 0.1, 3.0, 1.5


def occupation(n: int) -> dict[str, Any]:
    code = f"15-{1000 + n:04d}.00"
    return {"href": f"http://x/online/occupations/{code}/", "code": code, "title": f"Occupation {n}", "tags": {}}


def listing(seen: Seen) -> dict[str, Any]:
    start = int(seen.query.get("start", 1))
    end = min(int(seen.query.get("end", start + PAGE - 1)), TOTAL)
    return {"start": start, "end": end, "total": TOTAL, "occupation": [occupation(i) for i in range(start, end + 1)]}


@dataclass(frozen=True)
class Fault:
    name: str
    reply: Callable[[dict[str, Any]], Reply]  # the faulty reply, given the good body
    outcome: type[Exception] | None  # None: retried, then success
    extra_requests: int = 0  # requests beyond one per page when the fault is retried
    timeout: float | httpx.Timeout = TIMEOUT  # the client's timeout in this case
    bound: float = TIME_BOUND  # seconds the case may take (per paginator run)


FAULTS = [
    Fault(
        "html-200",
        lambda body: Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"}),
        UndecodableResponseError,
    ),
    Fault("empty-200", lambda body: Reply(200, b"", {"Content-Type": "application/json"}), UndecodableResponseError),
    Fault(
        "truncated-json",
        lambda body: Reply(200, b'{"start": 1, "end', {"Content-Type": "application/json"}),
        UndecodableResponseError,
    ),
    Fault(
        "gzip-declared-not-gzipped",
        lambda body: Reply(200, b"not gzip at all", {"Content-Type": "application/json"}, fault="no-gzip"),
        UndecodableResponseError,
    ),
    Fault("list-for-object", lambda body: Reply.json([body]), ResponseValidationError),
    Fault(
        "missing-required",
        lambda body: Reply.json({k: v for k, v in body.items() if k != "occupation"}),
        ResponseValidationError,
    ),
    Fault("wrong-type-nested", lambda body: Reply.json({**body, "occupation": [1, 2]}), ResponseValidationError),
    Fault("reset-while-reading-body", lambda body: _faulty(body, "reset"), None, 1),
    Fault(
        "stall-while-reading-body",
        lambda body: _faulty(body, "stall"),
        None,
        1,
        httpx.Timeout(TIMEOUT, read=STALL_TIMEOUT),
        STALL_BOUND,
    ),
    Fault("503-then-ok", lambda body: Reply(503, b"busy"), None, 1),
    Fault("garbage-retry-after", lambda body: Reply(429, b"", {"Retry-After": "\u00b2"}), None, 1),
    Fault("retry-after-3600", lambda body: Reply(429, b"", {"Retry-After": "3600"}), RateLimitError),
    Fault("garbage-header", lambda body: _faulty(body, "garbage-header"), None, 1),
]


def _faulty(body: dict[str, Any], fault: str) -> Reply:
    reply = Reply.json(body)
    if fault == "garbage-header":
        reply.headers["Content-Length"] = "twelve"  # not a number: the response cannot be framed
        return reply
    reply.fault = fault
    reply.stall = STALL
    return reply


def program(server: LocalServer, fault: Fault, faulty_start: int) -> None:
    """Serve the listing; the first request for the window starting at `faulty_start` gets the fault."""
    hit: list[int] = []

    def handle(seen: Seen, n: int) -> Reply:
        body = listing(seen)
        if int(seen.query.get("start", 1)) == faulty_start and not hit:
            hit.append(n)
            return fault.reply(body)
        return Reply.json(body)

    server.handler = handle


def client(server: LocalServer, timeout: float | httpx.Timeout = TIMEOUT) -> OnetClient:
    return OnetClient("fault-test-key", base_url=server.url, timeout=timeout, max_retries=2)


def ids(fault: Fault) -> str:
    return fault.name


@pytest.mark.parametrize("fault", FAULTS, ids=ids)
def test_single_call_sync(fault: Fault, server: LocalServer, sleeps: list[float]) -> None:
    program(server, fault, 1)
    sdk = client(server, fault.timeout)
    began = time.monotonic()
    if fault.outcome is None:
        result = keyword_search.sync(client=sdk, keyword="a", start=1, end=PAGE)
        assert isinstance(result, KeywordSearchResults)
        assert [o.code for o in result.occupation] == [occupation(i)["code"] for i in range(1, PAGE + 1)]
        assert len(server.requests) == 1 + fault.extra_requests
    else:
        with pytest.raises(fault.outcome) as caught:
            keyword_search.sync(client=sdk, keyword="a", start=1, end=PAGE)
        assert isinstance(caught.value, OnetError)
    assert time.monotonic() - began < fault.bound


@pytest.mark.parametrize("fault", FAULTS, ids=ids)
async def test_single_call_async(fault: Fault, server: LocalServer, sleeps: list[float]) -> None:
    program(server, fault, 1)
    sdk = client(server, fault.timeout)
    began = time.monotonic()
    if fault.outcome is None:
        result = await keyword_search.asyncio(client=sdk, keyword="a", start=1, end=PAGE)
        assert isinstance(result, KeywordSearchResults)
        assert len(result.occupation) == PAGE
        assert len(server.requests) == 1 + fault.extra_requests
    else:
        with pytest.raises(fault.outcome):
            await keyword_search.asyncio(client=sdk, keyword="a", start=1, end=PAGE)
    assert time.monotonic() - began < fault.bound


@pytest.mark.parametrize("fault", FAULTS, ids=ids)
def test_paginator_fault_on_page_3_of_5_sync(fault: Fault, server: LocalServer, sleeps: list[float]) -> None:
    program(server, fault, 2 * PAGE + 1)
    sdk = client(server, fault.timeout)
    began = time.monotonic()
    got: list[str] = []
    expected = [occupation(i)["code"] for i in range(1, TOTAL + 1)]
    if fault.outcome is None:
        got = [o.code for o in iter_items(keyword_search, client=sdk, keyword="a", page_size=PAGE)]
        assert got == expected
        assert len(server.requests) == PAGES + fault.extra_requests
    else:
        with pytest.raises(fault.outcome):
            for o in iter_items(keyword_search, client=sdk, keyword="a", page_size=PAGE):
                got.append(o.code)
        assert got == expected[: 2 * PAGE]
    assert time.monotonic() - began < fault.bound


@pytest.mark.parametrize("fault", FAULTS, ids=ids)
async def test_paginator_fault_on_page_3_of_5_async(fault: Fault, server: LocalServer, sleeps: list[float]) -> None:
    program(server, fault, 2 * PAGE + 1)
    sdk = client(server, fault.timeout)
    began = time.monotonic()
    got: list[str] = []
    expected = [occupation(i)["code"] for i in range(1, TOTAL + 1)]
    if fault.outcome is None:
        got = [o.code async for o in aiter_items(keyword_search, client=sdk, keyword="a", page_size=PAGE)]
        assert got == expected
        assert len(server.requests) == PAGES + fault.extra_requests
    else:
        with pytest.raises(fault.outcome):
            async for o in aiter_items(keyword_search, client=sdk, keyword="a", page_size=PAGE):
                got.append(o.code)
        assert got == expected[: 2 * PAGE]  # pages 1-2 in order; nothing after the failed page
    assert time.monotonic() - began < fault.bound


def test_retry_after_3600_carries_the_wait_and_sleeps_nothing(server: LocalServer, sleeps: list[float]) -> None:
    server.handler = lambda seen, n: Reply(429, b"", {"Retry-After": "3600"})
    with pytest.raises(RateLimitError) as caught:
        keyword_search.sync(client=client(server), keyword="a")
    assert caught.value.retry_after == 3600.0
    assert sleeps == [] and len(server.requests) == 1


def test_garbage_retry_after_uses_the_normal_backoff(server: LocalServer, sleeps: list[float]) -> None:
    server.handler = lambda seen, n: Reply(429, b"", {"Retry-After": "\u00b2"}) if n == 0 else Reply.json(listing(seen))
    keyword_search.sync(client=client(server), keyword="a")
    assert len(sleeps) == 1 and 0.3 <= sleeps[0] <= 0.5


def test_body_reset_on_every_attempt_is_a_connection_error(server: LocalServer, sleeps: list[float]) -> None:
    server.handler = lambda seen, n: _faulty(listing(seen), "reset")
    with pytest.raises(APIConnectionError):
        keyword_search.sync(client=client(server), keyword="a")
    assert len(server.requests) == 3  # one attempt and two retries: the same budget as connection errors


def cos_row(n: int) -> dict[str, Any]:
    return {"OnetCode": f"29-{1000 + n}.00", "OnetTitle": f"Title {n}"}


def cos_program(server: LocalServer, fault: Fault) -> None:
    """CareerOneStop listing of TOTAL rows; the first request for the third window gets the fault."""
    hit: list[int] = []

    def handle(seen: Seen, n: int) -> Reply:
        *_, offset, limit = seen.path.split("/")
        first, count = int(offset), int(limit)
        body = {"OccupationList": [cos_row(i) for i in range(first, min(first + count, TOTAL))], "RecordCount": TOTAL}
        if first == 2 * PAGE and not hit:
            hit.append(n)
            if fault.name == "wrong-type-nested":
                return Reply.json({**body, "OccupationList": [1, 2]})
            return fault.reply(body)
        return Reply.json(body)

    server.handler = handle


COS_FAULTS = [f for f in FAULTS if f.name not in ("missing-required",)]  # every CareerOneStop field is optional


@pytest.mark.parametrize("fault", COS_FAULTS, ids=ids)
async def test_careeronestop_paginator_fault_on_page_3_of_5(
    fault: Fault, server: LocalServer, sleeps: list[float]
) -> None:
    from careeronestop_client import CareerOneStopClient, CareerOneStopError
    from careeronestop_client import exceptions as cos_exceptions
    from careeronestop_client import pagination as cos_pagination
    from careeronestop_client.api.occupation import list_occupations_by_keyword

    cos_program(server, fault)
    cos = CareerOneStopClient("fault-token", "fault-user", base_url=server.url, timeout=fault.timeout, max_retries=2)
    outcome = None if fault.outcome is None else getattr(cos_exceptions, fault.outcome.__name__)
    expected = [f"Title {i}" for i in range(TOTAL)]
    args: dict[str, Any] = {"client": cos, "keyword": "nurse", "data_level_only": "N", "page_size": PAGE}
    for mode in ("sync", "async"):
        began = time.monotonic()
        got: list[str] = []
        server.requests.clear()
        cos_program(server, fault)
        try:
            if mode == "sync":
                for row in cos_pagination.iter_items(list_occupations_by_keyword, **args):
                    got.append(row.onet_title)
            else:
                async for row in cos_pagination.aiter_items(list_occupations_by_keyword, **args):
                    got.append(row.onet_title)
        except CareerOneStopError as error:
            assert outcome is not None and isinstance(error, outcome), (mode, error)
            assert got == expected[: 2 * PAGE]
        else:
            assert outcome is None, mode
            assert got == expected
            assert len(server.requests) == PAGES + fault.extra_requests
        assert all("/fault-user/" in seen.path for seen in server.requests)  # the userId reached its segment
        assert time.monotonic() - began < fault.bound, mode
