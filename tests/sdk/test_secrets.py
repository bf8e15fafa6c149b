"""Credentials never show up in log records, error messages, or client reprs."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx
from careeronestop_client import BOUND_USER_ID, CareerOneStopClient
from careeronestop_client.api.occupation import get_occupation_details
from careeronestop_client.exceptions import CareerOneStopError
from onet_client import OnetClient, OnetError
from onet_client.api.about import get_about

from .conftest import COS_TOKEN, COS_USER, ONET_KEY

SECRETS = (ONET_KEY, COS_TOKEN, COS_USER, "cos%2Ftoken%2Babc%3D%3D")


def assert_clean(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"secret {secret!r} leaked into: {text[:300]}"


def test_onet_key_is_sent_but_never_shown(
    onet_api: respx.MockRouter, onet: OnetClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    route = onet_api.get("/about").mock(
        side_effect=[httpx.Response(503), httpx.Response(401, text=f"bad key {ONET_KEY}")]
    )
    with pytest.raises(OnetError) as caught:
        get_about.sync(client=onet)
    assert route.calls[0].request.headers["X-API-Key"] == ONET_KEY
    assert caplog.records, "expected httpx and retry log records to check"
    assert_clean(caplog.text, str(caught.value), repr(caught.value), caught.value.body, repr(onet), str(onet))  # type: ignore[attr-defined]
    assert "bad key ***" in str(caught.value)


def test_careeronestop_token_and_user_id_are_sent_but_never_shown(
    cos_api: respx.MockRouter, cos: CareerOneStopClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"Message": f"No data available for user {COS_USER} at /v1/occupation/{COS_USER}/x"}
    route = cos_api.get(url__regex=r"/v1/occupation/").mock(
        side_effect=[httpx.Response(500), httpx.Response(404, json=echo)]
    )
    with pytest.raises(CareerOneStopError) as caught:
        cos.bind(get_occupation_details).sync(keyword="29-1141.00", location="US")
    sent = route.calls[0].request
    assert sent.url.path == f"/v1/occupation/{COS_USER}/29-1141.00/US"
    assert sent.headers["Authorization"] == f"Bearer {COS_TOKEN}"
    assert_clean(caplog.text, str(caught.value), repr(caught.value), repr(cos), str(cos))
    assert f"user {BOUND_USER_ID}" in str(caught.value)


def test_explicit_real_user_id_is_redacted_from_logs(
    cos_api: respx.MockRouter, cos: CareerOneStopClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # A 503 first: the retry (httpx-retries, brought in by it) logs the request, URL and all.
    answers = [httpx.Response(503), httpx.Response(401)]
    cos_api.get(url__regex=r"/v1/occupation/").mock(side_effect=answers)
    with pytest.raises(CareerOneStopError) as caught:
        get_occupation_details.sync(COS_USER, "29-1141.00", "US", client=cos)
    assert "/v1/occupation/" in caplog.text
    assert_clean(caplog.text, str(caught.value))


async def test_async_paths_are_clean_too(
    cos_api: respx.MockRouter, cos: CareerOneStopClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cos_api.get(url__regex=r"/v1/occupation/").mock(return_value=httpx.Response(403, text=COS_TOKEN))
    with pytest.raises(CareerOneStopError) as caught:
        await cos.bind(get_occupation_details).asyncio(keyword="29-1141.00", location="US")
    assert_clean(caplog.text, str(caught.value))


def test_user_id_placeholder_is_replaced_in_the_last_path_segment(
    cos_api: respx.MockRouter, cos: CareerOneStopClient
) -> None:
    from careeronestop_client.api.skills import list_skills_matcher_questions

    route = cos_api.get(f"/v1/skillsmatcher/{COS_USER}").mock(return_value=httpx.Response(200, json={}))
    cos.bind(list_skills_matcher_questions).sync_detailed()
    assert route.call_count == 1
