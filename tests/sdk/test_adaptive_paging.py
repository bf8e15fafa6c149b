"""The adaptive paginator: servers whose limits differ from the spec, short pages, and listings that misbehave.

Every case checks the items (exactly once, in order) or the typed error, and the requests it took.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from careeronestop_client import CareerOneStopClient
from careeronestop_client import pagination as cos_pagination
from careeronestop_client.api.occupation import list_occupations_by_keyword
from careeronestop_client.exceptions import PaginationError as COSPaginationError
from onet_client import OnetClient
from onet_client.api.online import keyword_search, list_occupations
from onet_client.exceptions import PaginationError, ResponseValidationError
from onet_client.pagination import aiter_items, iter_items, iter_pages, paging_info

from .conftest import ONET_KEY, occupation

LISTING = 1016  # the size of O*NET's occupation listing


def codes(n: int, first: int = 1) -> list[str]:
    return [occupation(i)["code"] for i in range(first, first + n)]


def capped(total: int, cap: int, *, refuse: bool) -> Callable[[httpx.Request], httpx.Response]:
    """O*NET-style listing whose server serves at most `cap` per request: short pages, or 422 when `refuse`."""

    def respond(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("start", 1))
        end = int(request.url.params.get("end", start + 19))
        if refuse and end - start + 1 > cap:
            return httpx.Response(422, json={"error": f"end must be within {cap} of start"})
        end = min(end, start + cap - 1, total)
        items = [occupation(i) for i in range(start, end + 1)]
        return httpx.Response(200, json={"start": start, "end": end, "total": total, "occupation": items})

    return respond


def sizes(route: respx.Route) -> list[int]:
    return [int(c.request.url.params["end"]) - int(c.request.url.params["start"]) + 1 for c in route.calls]


def test_undisclosed_cap_with_short_pages_sync(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/occupations/").mock(side_effect=capped(LISTING, 300, refuse=False))
    assert [o.code for o in iter_items(list_occupations, client=onet)] == codes(LISTING)
    assert route.call_count == 4  # 300 + 300 + 300 + 116, each continuing where the last one ended


async def test_undisclosed_cap_with_short_pages_async(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/occupations/").mock(side_effect=capped(LISTING, 300, refuse=False))
    assert [o.code async for o in aiter_items(list_occupations, client=onet)] == codes(LISTING)
    assert route.call_count == 4  # windows computed from the 300 the first page really held


def test_window_refused_with_422_is_halved_and_remembered(onet_api: respx.MockRouter) -> None:
    client = OnetClient(ONET_KEY, max_retries=0)
    route = onet_api.get("/online/occupations/").mock(side_effect=capped(LISTING, 300, refuse=True))
    start = paging_info(list_occupations).max_page_size
    assert [o.code for o in iter_items(list_occupations, client=client)] == codes(LISTING)
    tried = sizes(route)
    halvings = [start // 2**k for k in range(len(tried)) if start // 2**k > 300]
    assert tried[: len(halvings) + 1] == [*halvings, halvings[-1] // 2]
    learned = tried[len(halvings)]
    assert learned <= 300 and set(tried[len(halvings) :]) <= {learned, LISTING % learned}
    route.reset()
    assert len(list(iter_items(list_occupations, client=client, max_items=10))) == 10
    assert sizes(route) == [10]  # max_items still bounds the window
    route.reset()
    list(iter_items(list_occupations, client=client))
    assert sizes(route)[0] == learned  # the working size is remembered for this operation on this client
    route.reset()
    list(iter_items(list_occupations, client=OnetClient(ONET_KEY, max_retries=0)))
    assert sizes(route)[0] == start  # another client starts from the spec's size again


async def test_window_refused_with_422_async(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    onet_api.get("/online/occupations/").mock(side_effect=capped(LISTING, 300, refuse=True))
    assert [o.code async for o in aiter_items(list_occupations, client=onet)] == codes(LISTING)


def test_unrelated_422_is_raised_after_bounded_halving(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/search").mock(return_value=httpx.Response(422, json={"error": "bad keyword"}))
    with pytest.raises(Exception, match="bad keyword"):
        list(iter_items(keyword_search, client=onet, keyword="x", page_size=8))
    assert sizes(route) == [8, 4, 2, 1]


async def test_async_short_pages_lose_nothing(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    """The first page is full, later ones are short: the async iterator fills every gap, in order."""

    def respond(request: httpx.Request) -> httpx.Response:
        start, end = int(request.url.params["start"]), int(request.url.params["end"])
        if start > 1:
            end = min(end, start + 7)  # 8 of the 10 asked
        end = min(end, 50)
        body = {"start": start, "end": end, "total": 50, "occupation": [occupation(i) for i in range(start, end + 1)]}
        return httpx.Response(200, json=body)

    onet_api.get("/online/search").mock(side_effect=respond)
    got = [o.code async for o in aiter_items(keyword_search, client=onet, keyword="a", page_size=10)]
    assert got == codes(50)


async def test_async_concurrency_defaults_to_remaining_pages_up_to_8(
    onet_api: respx.MockRouter, onet: OnetClient
) -> None:
    in_flight, peak = 0, 0

    def listing(total: int) -> Any:
        async def respond(request: httpx.Request) -> httpx.Response:
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.02)
            in_flight -= 1
            return capped(total, 10_000, refuse=False)(request)

        return respond

    onet_api.get("/online/search").mock(side_effect=listing(200))
    assert len([o async for o in aiter_items(keyword_search, client=onet, keyword="a", page_size=10)]) == 200
    assert peak == 8
    peak = 0
    onet_api.get("/online/search").mock(side_effect=listing(40))
    assert len([o async for o in aiter_items(keyword_search, client=onet, keyword="a", page_size=10)]) == 40
    assert peak == 3  # three pages remained after the first


def test_empty_search_with_end_before_start_takes_one_request(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    body = {"start": 1, "end": 0, "total": 0, "occupation": []}  # O*NET's live answer to a search without matches
    route = onet_api.get("/online/search").mock(return_value=httpx.Response(200, json=body))
    assert list(iter_items(keyword_search, client=onet, keyword="zzzz")) == []
    assert route.call_count == 1


def test_items_field_of_the_wrong_shape_is_a_typed_error(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    body = {"start": 1, "end": 2, "total": 2, "occupation": {"code": "x"}}
    onet_api.get("/online/search").mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError, match=r"\$\.occupation"):
        list(iter_items(keyword_search, client=onet, keyword="a"))


def test_page_model_without_an_array_is_a_pagination_error(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    """Even when a page parses, an items field that is not a list never yields its keys as items."""
    from onet_client._core import paging

    body = {"start": 1, "end": 2, "total": 2, "occupation": []}
    onet_api.get("/online/search").mock(return_value=httpx.Response(200, json=body))
    plan = paging._Plan(keyword_search, onet, None, None, {"keyword": "a"})
    response = keyword_search.sync_detailed(client=onet, keyword="a")
    response.parsed.occupation = {"code": "x"}  # type: ignore[union-attr]
    with pytest.raises(PaginationError, match="is dict, not an array"):
        plan.read(0, response)


def cos_rows(first: int, count: int) -> list[dict[str, Any]]:
    return [{"OnetCode": f"29-{1000 + i}.00", "OnetTitle": f"Title {i}"} for i in range(first, first + count)]


def test_careeronestop_page_repeating_the_previous_one_raises(
    cos_api: respx.MockRouter, cos: CareerOneStopClient
) -> None:
    cos_api.get(url__regex=r"/v1/occupation/.*").mock(
        side_effect=lambda request: httpx.Response(200, json={"OccupationList": cos_rows(0, 2), "RecordCount": 6})
    )
    seen: list[Any] = []
    with pytest.raises(COSPaginationError, match="repeats the previous page"):
        seen.extend(
            cos_pagination.iter_items(
                list_occupations_by_keyword, client=cos, keyword="x", data_level_only="N", page_size=2
            )
        )
    assert len(seen) == 2


async def test_careeronestop_page_repeating_async(cos_api: respx.MockRouter, cos: CareerOneStopClient) -> None:
    cos_api.get(url__regex=r"/v1/occupation/.*").mock(
        side_effect=lambda request: httpx.Response(200, json={"OccupationList": cos_rows(0, 2), "RecordCount": 6})
    )
    with pytest.raises(COSPaginationError, match="repeats the previous page"):
        [
            o
            async for o in cos_pagination.aiter_items(
                list_occupations_by_keyword, client=cos, keyword="x", data_level_only="N", page_size=2
            )
        ]


def test_careeronestop_record_count_not_a_number(
    cos_api: respx.MockRouter, cos: CareerOneStopClient, caplog: pytest.LogCaptureFixture
) -> None:
    """RecordCount "N/A": the single call keeps it (reported), the paginator pages until the rows run out."""

    def respond(request: httpx.Request) -> httpx.Response:
        *_, offset, limit = request.url.path.split("/")
        rows = cos_rows(int(offset), max(0, min(int(limit), 5 - int(offset))))
        return httpx.Response(200, json={"OccupationList": rows, "RecordCount": "N/A"})

    route = cos_api.get(url__regex=r"/v1/occupation/.*").mock(side_effect=respond)
    caplog.set_level(logging.WARNING, logger="careeronestop_client")
    single = list_occupations_by_keyword.sync(
        "{userId}", "nurse", "N", 0, 2, client=cos
    )  # positional: user_id, keyword, data_level_only, start_record, limit_record
    assert single is not None and single.record_count == "N/A"  # type: ignore[union-attr]
    assert any("RecordCount: type-changed" in r.getMessage() for r in caplog.records)
    route.reset()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = list(
            cos_pagination.iter_items(
                list_occupations_by_keyword, client=cos, keyword="nurse", data_level_only="N", page_size=2
            )
        )
    assert [r.onet_title for r in rows] == [f"Title {i}" for i in range(5)]
    assert route.call_count == 4  # 2 + 2 + 1, then an empty page ends the listing
    assert any("not a count" in str(w.message) for w in caught)


def test_pages_report_offsets_and_the_total(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    onet_api.get("/online/search").mock(side_effect=capped(7, 3, refuse=False))
    pages = list(iter_pages(keyword_search, client=onet, keyword="a", page_size=3))
    assert [(p.number, p.offset, len(p.items), p.total) for p in pages] == [(0, 0, 3, 7), (1, 3, 3, 7), (2, 6, 1, 7)]
