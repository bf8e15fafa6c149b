"""Typed errors for every failure kind, with messages naming the request and status."""

from __future__ import annotations

import careeronestop_client
import httpx
import onet_client
import pytest
import respx
from careeronestop_client import CareerOneStopClient
from careeronestop_client.api.occupation import get_occupation_details
from careeronestop_client.exceptions import NoDataError
from onet_client import OnetClient, OnetError
from onet_client.api.about import get_about
from onet_client.api.online import get_occupation_overview
from onet_client.exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UndecodableResponseError,
    ValidationError,
)

from .conftest import COS_USER


@pytest.fixture
def client(sleeps: list[float]) -> OnetClient:
    return OnetClient("k", max_retries=0)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFoundError),
        (418, APIStatusError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_status_maps_to_error_class(
    status: int, error: type[Exception], onet_api: respx.MockRouter, client: OnetClient
) -> None:
    onet_api.get("/online/occupations/15-1252.00/").mock(return_value=httpx.Response(status, text="<html>nope</html>"))
    with pytest.raises(error) as caught:
        get_occupation_overview.sync("15-1252.00", client=client)
    assert isinstance(caught.value, OnetError)
    assert f"GET /online/occupations/15-1252.00/ returned HTTP {status}" in str(caught.value)
    assert caught.value.status_code == status  # type: ignore[attr-defined]


def test_422_carries_the_api_error_message(onet_api: respx.MockRouter, client: OnetClient) -> None:
    onet_api.get("/online/occupations/99-9999.00/").mock(
        return_value=httpx.Response(422, json={"error": "Invalid occupation code: 99-9999.00"})
    )
    with pytest.raises(ValidationError) as caught:
        get_occupation_overview.sync("99-9999.00", client=client)
    assert caught.value.detail == "Invalid occupation code: 99-9999.00"
    assert str(caught.value).endswith("returned HTTP 422: Invalid occupation code: 99-9999.00")


def test_timeout_and_connection_errors(onet_api: respx.MockRouter, client: OnetClient) -> None:
    onet_api.get("/about").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError, match="GET /about timed out"):
        get_about.sync(client=client)
    onet_api.get("/about").mock(side_effect=httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError, match="GET /about failed to connect: connection refused"):
        get_about.sync(client=client)


@pytest.mark.parametrize("body", [b'{"api_version": "2.', b"<html>maintenance</html>"])
def test_undecodable_success_body(body: bytes, onet_api: respx.MockRouter, client: OnetClient) -> None:
    onet_api.get("/about").mock(
        return_value=httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )
    with pytest.raises(
        UndecodableResponseError, match="GET /about returned HTTP 200 with a body that is not valid JSON"
    ):
        get_about.sync(client=client)


def test_careeronestop_no_data_and_error_bases_are_per_package(cos_api: respx.MockRouter, sleeps: list[float]) -> None:
    cos = CareerOneStopClient("token-value-1", COS_USER, max_retries=0)
    cos_api.get(url__regex=r"/v1/occupation/").mock(
        return_value=httpx.Response(404, json={"Message": "No data available"})
    )
    with pytest.raises(NoDataError) as caught:
        cos.bind(get_occupation_details).sync(keyword="29-1141.00", location="US")
    assert isinstance(caught.value, careeronestop_client.CareerOneStopError)
    assert not isinstance(caught.value, onet_client.OnetError)
    assert "/v1/occupation/{userId}/29-1141.00/US returned HTTP 404: No data available" in str(caught.value)
