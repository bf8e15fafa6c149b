"""The userId substitution reuses the URL httpx already parsed: an SDK call parses its URL no more often than the
same request sent with plain httpx (issue 21: 4 parses against 3, each of a ~400-character URL)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import httpx._urlparse
import httpx._urls
import pytest
from careeronestop_client import CareerOneStopClient

from .conftest import COS_BASE, COS_TOKEN, COS_USER
from .facade_lookup import COS_DETAILS, operation

KEYWORD, LOCATION = "29-1141.00", "Chicago, IL"
FLAGS = {"training": True, "videos": True, "tasks": True, "wages": True}


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every URL httpx parses (its one parser: behind URL(), copy_with and joining a path to the base URL)."""
    seen: list[str] = []
    original = httpx._urlparse.urlparse

    def counting(url: str = "", **kwargs: Any) -> Any:
        seen.append(url or str(sorted(kwargs)))
        return original(url, **kwargs)

    monkeypatch.setattr(httpx._urls, "urlparse", counting)
    monkeypatch.setattr(httpx._urlparse, "urlparse", counting)
    yield seen


def answer(sent: list[httpx.URL]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(200, json={"OccupationDetail": []})

    return httpx.MockTransport(handler)


def test_an_sdk_call_with_user_id_parses_its_url_no_more_than_plain_httpx(parses: list[str]) -> None:
    sdk_sent: list[httpx.URL] = []
    cos = CareerOneStopClient(COS_TOKEN, COS_USER, httpx_args={"transport": answer(sdk_sent)})
    details = operation(cos, COS_DETAILS)
    details(KEYWORD, LOCATION)  # warm-up: the first call also builds the client (its base URL is parsed once)
    parses.clear()
    details(KEYWORD, LOCATION)
    sdk_parses = len(parses)

    plain_sent: list[httpx.URL] = []
    plain = httpx.Client(base_url=COS_BASE, transport=answer(plain_sent))
    path = f"/v1/occupation/{COS_USER}/{KEYWORD}/{LOCATION}"
    plain.get(path)
    parses.clear()
    plain.get(path, params={"training": "true", "videos": "true"})
    plain_parses = len(parses)

    assert COS_USER in sdk_sent[-1].path  # the real userId reached the wire, in its own segment
    assert sdk_sent[-1].path == f"/v1/occupation/{COS_USER}/{KEYWORD}/{LOCATION}"
    assert sdk_parses <= plain_parses, f"SDK parsed the URL {sdk_parses} times, plain httpx {plain_parses}"


def test_the_substituted_url_is_the_one_httpx_would_build(parses: list[str]) -> None:
    """The reused parts and the new path make the same URL as parsing the whole string afresh."""
    sent: list[httpx.URL] = []
    cos = CareerOneStopClient(COS_TOKEN, COS_USER, httpx_args={"transport": answer(sent)})
    operation(cos, COS_DETAILS)("29-1141.00", "Chicago, IL", **FLAGS)
    url = sent[-1]
    assert url == httpx.URL(str(url))
    assert url.raw_path == httpx.URL(str(url)).raw_path
    assert url.host == "api.careeronestop.org" and url.params["training"] == "true"
    assert url.raw_path.startswith(f"/v1/occupation/{COS_USER}/29-1141.00/Chicago%2C%20IL?".encode())
