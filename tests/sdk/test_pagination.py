"""Auto-pagination over O*NET start/end windows and CareerOneStop offset/limit segments."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import httpx
import pytest
import respx
from careeronestop_client import CareerOneStopClient
from careeronestop_client import pagination as cos_pagination
from careeronestop_client.api.occupation import list_occupations_by_keyword
from onet_client import OnetClient
from onet_client.api.about import get_about
from onet_client.api.online import keyword_search, list_occupations
from onet_client.exceptions import PaginationError
from onet_client.pagination import aiter_items, aiter_pages, iter_items, iter_pages, paging_info

from .conftest import COS_USER, onet_listing


def windows(route: respx.Route) -> list[tuple[str, str]]:
    return [(c.request.url.params["start"], c.request.url.params["end"]) for c in route.calls]


def test_paging_info_comes_from_the_spec() -> None:
    info = paging_info(keyword_search)
    assert (info.style, info.start_param, info.size_param, info.items_field) == ("range", "start", "end", "occupation")
    assert info.max_page_size == 1000  # live-evidence O4


def test_small_listing_takes_one_request_at_the_largest_page_size(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/occupations/").mock(side_effect=onet_listing(3))
    codes = [o.code for o in iter_items(list_occupations, client=onet)]
    assert codes == ["15-1201.00", "15-1202.00", "15-1203.00"]
    assert windows(route) == [("1", "1000")]


def test_many_pages_in_order(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/search").mock(side_effect=onet_listing(5))
    pages = list(iter_pages(keyword_search, client=onet, keyword="nurse", page_size=2))
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert [p.offset for p in pages] == [0, 2, 4]
    assert [i.code for p in pages for i in p.items] == [f"15-120{n}.00" for n in range(1, 6)]
    assert windows(route) == [("1", "2"), ("3", "4"), ("5", "5")]
    assert all(c.request.url.params["keyword"] == "nurse" for c in route.calls)


def test_empty_listing_yields_nothing(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/search").mock(side_effect=onet_listing(0))
    assert list(iter_items(keyword_search, client=onet, keyword="zzz")) == []
    assert route.call_count == 1


def test_page_without_items_before_the_total_raises(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    onet_api.get("/online/search").mock(side_effect=onet_listing(5, items=0))
    with pytest.raises(PaginationError, match="returned no items although total is 5"):
        list(iter_items(keyword_search, client=onet, keyword="nurse", page_size=2))


def test_page_that_ignores_start_raises(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        body = {
            "start": 1,
            "end": 2,
            "total": 5,
            "occupation": [{"href": "h", "code": "15-1201.00", "title": "t", "tags": {}}] * 2,
        }
        return httpx.Response(200, json=body)

    onet_api.get("/online/search").mock(side_effect=stuck)
    with pytest.raises(PaginationError, match="not advancing"):
        list(iter_items(keyword_search, client=onet, keyword="nurse", page_size=2))


def test_total_that_changes_raises(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    totals = iter([4, 5])

    def shifting(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["start"])
        items = [{"href": "h", "code": f"15-120{start + i}.00", "title": "t", "tags": {}} for i in range(2)]
        return httpx.Response(200, json={"start": start, "end": start + 1, "total": next(totals), "occupation": items})

    onet_api.get("/online/search").mock(side_effect=shifting)
    seen: list[Any] = []
    with pytest.raises(PaginationError, match="total changed from 4 to 5"):
        seen.extend(iter_items(keyword_search, client=onet, keyword="nurse", page_size=2))
    assert len(seen) == 2  # the first page only: nothing from a listing that changed under the iterator


def test_max_items_stops_without_fetching_more(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/search").mock(side_effect=onet_listing(100))
    items = list(iter_items(keyword_search, client=onet, keyword="a", page_size=10, max_items=15))
    assert len(items) == 15
    assert windows(route) == [("1", "10"), ("11", "15")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(list(iter_items(keyword_search, client=onet, keyword="a", max_items=3))) == 3
    assert windows(route)[2:] == [("1", "3")]


def test_not_paged_operation_and_bad_arguments_are_rejected(onet: OnetClient) -> None:
    with pytest.raises(TypeError, match="not a paged operation"):
        list(iter_items(get_about, client=onet))
    with pytest.raises(TypeError, match="not an operation module"):
        list(iter_items(warnings, client=onet))
    with pytest.raises(TypeError, match="page_size="):
        list(iter_items(keyword_search, client=onet, keyword="a", end=40))
    with pytest.raises(ValueError, match="page_size must be between 1 and 1000"):
        list(iter_items(keyword_search, client=onet, keyword="a", page_size=1001))


async def test_async_pages_run_concurrently_within_the_limit_and_stay_in_order(
    onet_api: respx.MockRouter, onet: OnetClient
) -> None:
    serve = onet_listing(50)
    in_flight, peak = 0, 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01 if request.url.params["start"] != "1" else 0)
        in_flight -= 1
        return serve(request)

    route = onet_api.get("/online/search").mock(side_effect=slow)
    codes = [o.code async for o in aiter_items(keyword_search, client=onet, keyword="a", page_size=5, concurrency=3)]
    assert codes == [f"15-{1200 + n:04d}.00" for n in range(1, 51)]
    assert route.call_count == 10
    assert peak == 3


async def test_async_max_items_fetches_only_needed_pages(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/online/search").mock(side_effect=onet_listing(1016))
    pages = [p async for p in aiter_pages(keyword_search, client=onet, keyword="a", page_size=100, max_items=250)]
    assert sum(len(p.items) for p in pages) == 250
    assert sorted(windows(route)) == sorted([("1", "100"), ("101", "200"), ("201", "250")])


async def test_async_empty_and_non_advancing(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    onet_api.get("/online/search").mock(side_effect=onet_listing(0))
    assert [o async for o in aiter_items(keyword_search, client=onet, keyword="a")] == []
    onet_api.get("/online/occupations/").mock(side_effect=onet_listing(9, items=0))
    with pytest.raises(PaginationError):
        [o async for o in aiter_items(list_occupations, client=onet, page_size=3)]


def cos_listing(total: int) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        *_, offset, limit = request.url.path.split("/")
        first, count = int(offset), int(limit)
        rows = [
            {"OnetCode": f"29-{1000 + i}.00", "OnetTitle": f"Title {i}"}
            for i in range(first, min(first + count, total))
        ]
        if not rows:
            return httpx.Response(404, json={"Message": "No data available"})
        return httpx.Response(200, json={"OccupationList": rows, "RecordCount": total})

    return respond


def test_careeronestop_offsets_bound_user_id_and_record_count(
    cos_api: respx.MockRouter, cos: CareerOneStopClient
) -> None:
    route = cos_api.get(url__regex=r"/v1/occupation/.*").mock(side_effect=cos_listing(5))
    titles = [
        o.onet_title
        for o in cos_pagination.iter_items(
            list_occupations_by_keyword, client=cos, keyword="nurse", data_level_only="N", page_size=2
        )
    ]
    assert titles == [f"Title {i}" for i in range(5)]
    paths = [c.request.url.path for c in route.calls]
    assert paths == [f"/v1/occupation/{COS_USER}/nurse/N/{o}/2" for o in (0, 2)] + [
        f"/v1/occupation/{COS_USER}/nurse/N/4/1"  # the last window asks only for what is left
    ]


def test_careeronestop_no_data_is_an_empty_listing(cos_api: respx.MockRouter, cos: CareerOneStopClient) -> None:
    cos_api.get(url__regex=r"/v1/occupation/.*").mock(side_effect=cos_listing(0))
    assert (
        list(cos_pagination.iter_items(list_occupations_by_keyword, client=cos, keyword="zzz", data_level_only="N"))
        == []
    )


async def test_careeronestop_async(cos_api: respx.MockRouter, cos: CareerOneStopClient) -> None:
    cos_api.get(url__regex=r"/v1/occupation/.*").mock(side_effect=cos_listing(7))
    items = [
        o
        async for o in cos_pagination.aiter_items(
            list_occupations_by_keyword, client=cos, keyword="x", data_level_only="N", page_size=3
        )
    ]
    assert [o.onet_title for o in items] == [f"Title {i}" for i in range(7)]
