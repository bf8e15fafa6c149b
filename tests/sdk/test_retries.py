"""Retries in the clients' transports: what is retried, how long it waits, and when it gives up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
import respx
from onet_client import OnetClient
from onet_client.api.about import get_about
from onet_client.exceptions import APIConnectionError, NotFoundError, RateLimitError, ServerError

ABOUT = {"api_version": "2.0"}


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_status_then_success(
    status: int, onet_api: respx.MockRouter, onet: OnetClient, sleeps: list[float]
) -> None:
    route = onet_api.get("/about").mock(side_effect=[httpx.Response(status), httpx.Response(200, json=ABOUT)])
    assert get_about.sync(client=onet) is not None
    assert route.call_count == 2
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5  # 0.5 s with up to 25 % jitter


def test_connection_error_is_retried(onet_api: respx.MockRouter, onet: OnetClient, sleeps: list[float]) -> None:
    route = onet_api.get("/about").mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=ABOUT)])
    assert get_about.sync(client=onet) is not None
    assert route.call_count == 2


def test_gives_up_after_max_retries_with_doubling_backoff(onet_api: respx.MockRouter, sleeps: list[float]) -> None:
    client = OnetClient("k", max_retries=5)
    route = onet_api.get("/about").mock(return_value=httpx.Response(503))
    with pytest.raises(ServerError, match="HTTP 503"):
        get_about.sync(client=client)
    assert route.call_count == 6
    for sleep, nominal in zip(sleeps, [0.5, 1, 2, 4, 8], strict=True):
        assert 0.75 * nominal <= sleep <= nominal


def test_backoff_is_capped_at_eight_seconds(onet_api: respx.MockRouter, sleeps: list[float]) -> None:
    client = OnetClient("k", max_retries=7)
    onet_api.get("/about").mock(return_value=httpx.Response(500))
    with pytest.raises(ServerError):
        get_about.sync(client=client)
    assert max(sleeps) <= 8.0 and sleeps[-1] >= 6.0


def test_retry_after_seconds_is_honoured(onet_api: respx.MockRouter, onet: OnetClient, sleeps: list[float]) -> None:
    onet_api.get("/about").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json=ABOUT)]
    )
    get_about.sync(client=onet)
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(onet_api: respx.MockRouter, onet: OnetClient, sleeps: list[float]) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    onet_api.get("/about").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=ABOUT)]
    )
    get_about.sync(client=onet)
    assert 25 <= sleeps[0] <= 30


def test_retry_after_above_sixty_seconds_raises_at_once(
    onet_api: respx.MockRouter, onet: OnetClient, sleeps: list[float]
) -> None:
    route = onet_api.get("/about").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200, json=ABOUT)]
    )
    with pytest.raises(RateLimitError) as caught:
        get_about.sync(client=onet)
    assert caught.value.retry_after == 3600.0
    assert sleeps == []
    assert route.call_count == 1


def test_rate_limit_error_carries_retry_after_when_retries_run_out(
    onet_api: respx.MockRouter, sleeps: list[float]
) -> None:
    client = OnetClient("k", max_retries=1)
    onet_api.get("/about").mock(return_value=httpx.Response(429, headers={"Retry-After": "12"}))
    with pytest.raises(RateLimitError) as caught:
        get_about.sync(client=client)
    assert caught.value.retry_after == 12.0
    assert "retry after 12 s" in str(caught.value)


def test_client_errors_are_not_retried(onet_api: respx.MockRouter, onet: OnetClient, sleeps: list[float]) -> None:
    route = onet_api.get("/about").mock(return_value=httpx.Response(404))
    with pytest.raises(NotFoundError):
        get_about.sync(client=onet)
    assert route.call_count == 1 and sleeps == []


def test_zero_retries_means_one_attempt(onet_api: respx.MockRouter, sleeps: list[float]) -> None:
    route = onet_api.get("/about").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        get_about.sync(client=OnetClient("k", max_retries=0))
    assert route.call_count == 1


async def test_async_retries(onet_api: respx.MockRouter, onet: OnetClient, sleeps: list[float]) -> None:
    route = onet_api.get("/about").mock(
        side_effect=[
            httpx.Response(502),
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json=ABOUT),
        ]
    )
    assert await get_about.asyncio(client=onet) is not None
    assert route.call_count == 3
    assert 0.375 <= sleeps[0] <= 0.5 and sleeps[1] == 2.0
