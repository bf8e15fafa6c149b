"""Odd answers the review found escaping the typed errors: a long Retry-After on .raw(), absurdly nested JSON."""

from __future__ import annotations

import httpx
import pytest
from onet_client import OnetClient
from onet_client.exceptions import RateLimitError, ServerError, UndecodableResponseError

from .conftest import ONET_KEY


def client(response: httpx.Response) -> OnetClient:
    return OnetClient(ONET_KEY, max_retries=2, httpx_args={"transport": httpx.MockTransport(lambda _: response)})


def test_a_long_retry_after_is_the_typed_error_and_raw_returns_the_response() -> None:
    answer = httpx.Response(429, headers={"Retry-After": "120"}, json={"error": "slow down"})
    with client(answer) as onet:
        with pytest.raises(RateLimitError) as caught:
            onet.online.search_occupations(keyword="nurse")
        assert caught.value.retry_after == 120
        raw = onet.online.search_occupations.raw(keyword="nurse")  # .raw() gives statuses back, whatever they are
        assert raw.status_code == 429 and raw.headers["Retry-After"] == "120"


@pytest.mark.parametrize(("status", "error"), [(200, UndecodableResponseError), (500, ServerError)])
def test_json_nested_too_deep_for_the_decoder_is_a_typed_error(status: int, error: type[Exception]) -> None:
    deep = httpx.Response(status, content=b"[" * 100_000, headers={"Content-Type": "application/json"})
    with client(deep).with_options(max_retries=0) as onet, pytest.raises(error):
        onet.online.search_occupations(keyword="nurse")


def test_option_mistakes_after_construction_are_the_packages_errors() -> None:
    """The client's docstring promises the package's typed errors for every failure, options included."""
    from onet_client.exceptions import InvalidParameterError, OnetError, UsageError

    with OnetClient(ONET_KEY) as onet:
        with pytest.raises(InvalidParameterError) as caught:
            onet.with_options(max_retries=-1)
        assert caught.value.parameter == "max_retries"
    with OnetClient(ONET_KEY, httpx_args={"transport": object()}) as odd:
        with pytest.raises(UsageError, match=r"httpx_args\['transport'\]") as wrong:
            odd.online.search_occupations(keyword="nurse")
        assert isinstance(wrong.value, OnetError) and isinstance(wrong.value, TypeError)


def test_an_unusable_base_url_names_the_method_as_called() -> None:
    from onet_client.exceptions import InvalidParameterError

    with OnetClient(ONET_KEY, base_url="ftp://onet.invalid") as onet, pytest.raises(InvalidParameterError) as caught:
        onet.online.search_occupations(keyword="nurse")
    assert (caught.value.parameter, caught.value.operation) == ("base_url", "online.search_occupations")
    assert str(caught.value).startswith("online.search_occupations: GET /online/search: the request URL is unusable")
