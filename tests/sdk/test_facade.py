"""The namespaced clients: typed calls, raw responses, options, injected transports, typed paging, the index.

Every request goes to an httpx.MockTransport passed as httpx_args["transport"] (so these tests also show that
an injected transport sits under the SDK's retries, checks and redaction) or to respx; nothing leaves the
machine. Bodies follow the shapes of the specs' schemas (see tests/sdk/conftest.py).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from careeronestop_client import AsyncCareerOneStopClient, CareerOneStopClient
from onet_client import AsyncOnetClient, OnetClient
from onet_client.exceptions import NotFoundError, RateLimitError, ServerError, ValidationError
from onet_client.models import KeywordSearchResults, OccupationItem, OccupationOverview

from .conftest import COS_TOKEN, COS_USER, ONET_KEY, occupation, onet_listing, onet_occupations
from .facade_lookup import COS_BY_KEYWORD, COS_DETAILS, OCCUPATIONS, OVERVIEW, SEARCH, operation

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a function."""

    def __init__(self, answer: Handler) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


def onet_with(answer: Handler, **options: Any) -> tuple[OnetClient, Recorder]:
    recorder = Recorder(answer)
    return OnetClient(ONET_KEY, httpx_args={"transport": httpx.MockTransport(recorder)}, **options), recorder


def search_body(total: int = 2) -> dict[str, Any]:
    return {"start": 1, "end": total, "total": total, "occupation": [occupation(i) for i in range(total)]}


OVERVIEW_BODY = {
    "code": "15-1252.00",
    "title": "Software Developers",
    "description": "Research, design, and develop computer and network software.",
    "tags": {},
    "summary_contents": [],
    "details_contents": [],
    "custom_contents": [],
}


def test_call_returns_the_success_model_and_sends_typed_arguments() -> None:
    onet, recorder = onet_with(lambda r: httpx.Response(200, json=search_body()))
    results = operation(onet, SEARCH)(keyword="nurse", end=20)
    assert isinstance(results, KeywordSearchResults) and results.total == 2
    sent = recorder.requests[0]
    assert sent.url.path == "/online/search" and dict(sent.url.params) == {
        "keyword": "nurse",
        "start": "1",
        "end": "20",
    }
    assert sent.headers["X-API-Key"] == ONET_KEY


def test_path_parameters_are_positional() -> None:
    onet, recorder = onet_with(lambda r: httpx.Response(200, json=OVERVIEW_BODY))
    overview = operation(onet, OVERVIEW)("15-1252.00")
    assert isinstance(overview, OccupationOverview) and overview.title == "Software Developers"
    assert recorder.requests[0].url.path == "/online/occupations/15-1252.00/"
    signature = inspect.signature(type(operation(onet, OVERVIEW)).__call__)
    assert signature.parameters["code"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def test_errors_raise_typed_and_raw_returns_the_response() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json={"error": "keyword is too short"}, headers={"X-Request": "7"})

    onet, recorder = onet_with(answer)
    with pytest.raises(ValidationError, match="keyword is too short"):
        operation(onet, SEARCH)(keyword="n")
    raw = operation(onet, SEARCH).raw(keyword="n")
    assert raw.status_code == 422 and raw.headers["X-Request"] == "7"
    assert json.loads(raw.content) == {"error": "keyword is too short"}
    assert len(recorder.requests) == 2


def test_raw_returns_a_declared_404_and_invalid_arguments_still_raise() -> None:
    onet, recorder = onet_with(lambda r: httpx.Response(404, json={"error": "no such code"}))
    assert operation(onet, OVERVIEW).raw("99-9999.00").status_code == 404
    with pytest.raises(NotFoundError):
        operation(onet, OVERVIEW)("99-9999.00")
    with pytest.raises(ValueError, match="code"):
        operation(onet, OVERVIEW).raw("not-a-code")
    assert len(recorder.requests) == 2


def test_injected_transport_sits_under_retries_and_redaction(sleeps: list[float]) -> None:
    answers = iter(
        [
            httpx.Response(503),
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, json=search_body()),
        ]
    )
    onet, recorder = onet_with(lambda r: next(answers))
    assert operation(onet, SEARCH)(keyword="nurse").total == 2
    assert len(recorder.requests) == 3 and len(sleeps) == 2
    onet_no_retry, _ = onet_with(lambda r: httpx.Response(429, text=f"slow down {ONET_KEY}"), max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        operation(onet_no_retry, SEARCH)(keyword="nurse")
    assert ONET_KEY not in str(caught.value)


def test_with_options_returns_a_configured_copy(sleeps: list[float]) -> None:
    onet, recorder = onet_with(lambda r: httpx.Response(503))
    quick = onet.with_options(timeout=2.5, max_retries=0, headers={"X-Trace": "abc"})
    assert quick is not onet and quick.max_retries == 0 and onet.max_retries == 2
    assert quick.get_httpx_client().timeout.read == 2.5 and onet.get_httpx_client().timeout.read == 30.0
    with pytest.raises(ServerError):
        operation(quick, SEARCH)(keyword="x")
    assert len(recorder.requests) == 1 and recorder.requests[0].headers["X-Trace"] == "abc"
    with pytest.raises(ValueError, match="max_retries"):
        onet.with_options(max_retries=-1)


def test_sync_only_transport_is_refused_by_the_async_client_with_a_clear_error() -> None:
    class SyncOnly(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=search_body())

    client = AsyncOnetClient(ONET_KEY, httpx_args={"transport": SyncOnly()})
    with pytest.raises(TypeError, match="AsyncBaseTransport"):
        client.get_async_httpx_client()


def test_typed_paging_pages_total_page_size_and_max_items() -> None:
    onet, recorder = onet_with(onet_listing(7))
    pager = operation(onet, OCCUPATIONS).iter(page_size=3, max_items=5)
    pages = list(pager.pages())
    assert [len(p.items) for p in pages] == [3, 2] and pager.total == 7
    assert all(isinstance(item, OccupationItem) for p in pages for item in p.items)
    windows = [(r.url.params["start"], r.url.params["end"]) for r in recorder.requests]
    assert windows == [("1", "3"), ("4", "5")]
    assert [o.code for o in operation(onet, OCCUPATIONS).iter()] == [occupation(i)["code"] for i in range(1, 8)]
    fresh = operation(onet, OCCUPATIONS).iter(page_size=2)
    assert fresh.total == 7  # fetches the first page to learn it


async def test_async_client_calls_and_pages() -> None:
    recorder = Recorder(onet_listing(5))
    onet = AsyncOnetClient(ONET_KEY, httpx_args={"transport": httpx.MockTransport(recorder)})
    codes = [o.code async for o in operation(onet, OCCUPATIONS).iter(page_size=2)]
    assert codes == [occupation(i)["code"] for i in range(1, 6)]
    pager = operation(onet, OCCUPATIONS).iter(page_size=2)
    assert pager.total is None and await pager.fetch_total() == 5
    results = await operation(onet, SEARCH)(keyword="nurse")
    assert isinstance(results, KeywordSearchResults)
    raw = await operation(onet, SEARCH).raw(keyword="nurse")
    assert raw.status_code == 200
    await onet.aclose()


def cos_answer(request: httpx.Request) -> httpx.Response:
    if "/v1/occupation/" in request.url.path and request.url.path.count("/") == 5:
        return httpx.Response(
            200,
            json={
                "OccupationDetail": [
                    {
                        "OnetTitle": "Registered Nurses",
                        "OnetCode": "29-1141.00",
                        "COSVideoURL": "https://cdn.example/rn.mp4",
                    }
                ]
            },
        )
    *_, offset, limit = request.url.path.split("/")
    rows = [
        {"OnetCode": f"29-{1000 + i}.00", "OnetTitle": f"Title {i}"}
        for i in range(int(offset), min(int(offset) + int(limit), 5))
    ]
    return httpx.Response(200, json={"OccupationList": rows, "RecordCount": 5})


def test_careeronestop_binds_the_user_id_and_no_signature_shows_it() -> None:
    recorder = Recorder(cos_answer)
    cos = CareerOneStopClient(COS_TOKEN, COS_USER, httpx_args={"transport": httpx.MockTransport(recorder)})
    details = operation(cos, COS_DETAILS)("29-1141.00", "US")
    assert details.occupation_detail[0].onet_title == "Registered Nurses"
    titles = [r.onet_title for r in operation(cos, COS_BY_KEYWORD).iter("nurse", "N", page_size=2)]
    assert titles == [f"Title {i}" for i in range(5)]
    paths = [r.url.path for r in recorder.requests]
    assert paths[0] == f"/v1/occupation/{COS_USER}/29-1141.00/US"
    assert paths[1:] == [f"/v1/occupation/{COS_USER}/nurse/N/{o}/{n}" for o, n in ((0, 2), (2, 2), (4, 1))]
    assert recorder.requests[0].headers["Authorization"] == f"Bearer {COS_TOKEN}"
    acos = AsyncCareerOneStopClient(COS_TOKEN, COS_USER)
    for row in cos.operations():  # every namespace and method, sync and async
        namespace, method = row.name.split(".")
        for client in (cos, acos):
            op_class = type(getattr(getattr(client, namespace), method))
            for form in ("__call__", "raw", "iter"):
                if hasattr(op_class, form):
                    assert "user_id" not in inspect.signature(getattr(op_class, form)).parameters, row.name


async def test_async_careeronestop_details() -> None:
    cos = AsyncCareerOneStopClient(COS_TOKEN, COS_USER, httpx_args={"transport": httpx.MockTransport(cos_answer)})
    details = await operation(cos, COS_DETAILS)("29-1141.00", "US")
    assert details.occupation_detail[0].onet_code == "29-1141.00"
    await cos.aclose()


@pytest.mark.parametrize("client_class", [OnetClient, CareerOneStopClient])
def test_every_index_operation_is_reachable_with_its_forms(client_class: type[Any]) -> None:
    client = client_class(*(["k"] if client_class is OnetClient else ["t", "u"]))
    rows = client.operations()
    assert len(rows) == len({r.name for r in rows}) >= 30
    for row in rows:
        namespace, method = row.name.split(".")
        assert method in dir(getattr(client, namespace)), row.name
        found = getattr(getattr(client, namespace), method)
        assert callable(found) and callable(found.raw)
        assert hasattr(found, "iter") == row.paged, row.name
        assert row.http.split(" ", 1)[1] in (type(found).__doc__ or ""), row.name


def test_top_level_exports_only_the_sdk_clients() -> None:
    import careeronestop_client
    import onet_client
    from onet_client.client import AuthenticatedClient, Client  # the generator's clients stay importable

    assert set(onet_client.__all__) == {
        *("OnetClient", "AsyncOnetClient", "OnetError", "__version__"),
        *("Pager", "AsyncPager", "ItemPage"),  # the types `.iter()` and `.pages()` return
        *("UNSET", "Unset"),  # "not sent", the default of optional arguments
    }
    assert {"CareerOneStopClient", "AsyncCareerOneStopClient"} <= set(careeronestop_client.__all__)
    assert not hasattr(onet_client, "AuthenticatedClient") and not hasattr(onet_client, "Client")
    assert AuthenticatedClient.__module__ == Client.__module__ == "onet_client.client"
    assert isinstance(onet_client.__version__, str) and onet_client.__version__


def test_typing_example_runs_against_a_mock() -> None:
    from tests import typing_example as example

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/online/search":
            return httpx.Response(200, json=search_body(3))
        if path.endswith("/details/tasks"):
            task = {"id": "16987", "title": "Modify existing software.", "related": "r", "category": "Core"}
            return httpx.Response(200, json={"start": 1, "end": 1, "total": 1, "task": [task]})
        return onet_occupations(4, OVERVIEW_BODY)(request)

    onet, _ = onet_with(answer)
    assert example.first_page_total(onet, "nurse") == 3
    assert example.occupation_title(onet, "15-1252.00") == "Software Developers"
    assert example.top_task(onet, "15-1252.00") == "Modify existing software."
    assert example.all_codes(onet) == [occupation(i)["code"] for i in range(1, 5)]
    first = example.first_occupation(onet)
    assert first is not None and first.code == occupation(1)["code"]
    assert example.first_codes(onet, "nurse", 2) == (3, [occupation(i)["code"] for i in range(2)])
    assert example.title_or_none(onet, "99-9999.00") is None
    cos = CareerOneStopClient(COS_TOKEN, COS_USER, httpx_args={"transport": httpx.MockTransport(cos_answer)})
    assert example.details_title(cos, "29-1141.00") == "Registered Nurses"
    assert example.page_totals(onet, "nurse") == [3]
    assert example.title_from_either(onet, cos, "99-9999.00") == "Occupation code 99-9999.00 not found"


async def test_async_typing_example_runs_against_a_mock() -> None:
    from tests import typing_example as example

    onet = AsyncOnetClient(ONET_KEY, httpx_args={"transport": httpx.MockTransport(onet_listing(3))})
    assert await example.all_codes_async(onet) == [occupation(i)["code"] for i in range(1, 4)]


@pytest.mark.parametrize(("api", "client_class"), [("onet", OnetClient), ("careeronestop", CareerOneStopClient)])
def test_operation_table_in_docs_lists_what_the_client_lists(api: str, client_class: type[Any]) -> None:
    from pathlib import Path

    table = (Path(__file__).resolve().parents[2] / "docs" / "operations" / f"{api}.md").read_text(encoding="utf-8")
    client = client_class(*(["k"] if client_class is OnetClient else ["t", "u"]))
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == [op.name for op in client.operations()]
    for row, op in zip(rows, client.operations(), strict=True):
        assert f"`{op.http}`" in row and (("| range |" in row or "| offset |" in row) == op.paged)
