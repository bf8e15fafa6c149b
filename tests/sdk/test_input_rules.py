"""Input rules of issue 10: full-match ASCII patterns, None, dot segments, slashes, the userId placeholder, and
validation against the operation the call was made for. Every case is refused before any request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from careeronestop_client import BOUND_USER_ID, CareerOneStopClient
from careeronestop_client.api.occupation import get_occupation_details, list_occupations_by_keyword
from careeronestop_client.exceptions import CareerOneStopError
from careeronestop_client.exceptions import InvalidParameterError as COSInvalidParameterError
from onet_client import OnetClient, OnetError
from onet_client.api.online import get_occupation_overview, keyword_search
from onet_client.exceptions import InvalidParameterError

from .conftest import COS_USER


@pytest.fixture
def no_network() -> Iterator[respx.MockRouter]:
    """A mock with no routes: any request that gets through fails the test."""
    with respx.mock(assert_all_called=False) as router:
        yield router


@pytest.mark.parametrize(
    "code",
    [
        "15-1252.00\n",  # `$` alone would accept a trailing newline
        "\u0661\u0665-\u0661\u0662\u0665\u0662.\u0660\u0660",  # Arabic-Indic digits match a Unicode \d
        "\uff11\uff15-1252.00",  # full-width digits
        " 15-1252.00",
    ],
)
def test_patterns_match_the_whole_value_with_ascii_digits(
    code: str, no_network: respx.MockRouter, onet: OnetClient
) -> None:
    with pytest.raises(InvalidParameterError, match="parameter `code`") as caught:
        get_occupation_overview.sync(code, client=onet)
    assert caught.value.parameter == "code" and caught.value.operation == "online.get_occupation_overview"


@pytest.mark.parametrize("value", [".", "..", "a/b", "../about", "a\\b", "", "  "])
def test_path_values_that_would_change_the_path_are_refused(
    value: str, no_network: respx.MockRouter, cos: CareerOneStopClient
) -> None:
    with pytest.raises(COSInvalidParameterError, match="parameter `keyword`"):
        cos.bind(get_occupation_details).sync(keyword=value, location="US")


def test_none_for_required_parameters_is_refused(no_network: respx.MockRouter, onet: OnetClient) -> None:
    with pytest.raises(InvalidParameterError, match=r"\(code=None\): parameter `code` is required; got None"):
        get_occupation_overview.sync(None, client=onet)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match=r"\(keyword=None\): parameter `keyword` is required; got None"):
        keyword_search.sync(client=onet, keyword=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("where", ["keyword", "location"])
def test_a_caller_value_equal_to_the_placeholder_is_refused(
    where: str, no_network: respx.MockRouter, cos: CareerOneStopClient
) -> None:
    args: dict[str, Any] = {"keyword": "nurse", "location": "US", where: BOUND_USER_ID}
    with pytest.raises(COSInvalidParameterError, match=f"parameter `{where}`.*reserved") as caught:
        cos.bind(get_occupation_details).sync(**args)
    assert COS_USER not in str(caught.value)


def test_user_id_goes_only_into_its_own_segment(cos_api: respx.MockRouter, cos: CareerOneStopClient) -> None:
    route = cos_api.get(url__regex=r"/v1/occupation/.*").mock(
        return_value=httpx.Response(200, json={"OccupationList": [], "RecordCount": 0})
    )
    cos.bind(list_occupations_by_keyword).sync(keyword="nurse", data_level_only="N", start_record=0, limit_record=5)
    assert route.calls[0].request.url.path == f"/v1/occupation/{COS_USER}/nurse/N/0/5"


def test_a_real_user_id_passed_explicitly_is_sent_as_given(cos_api: respx.MockRouter, cos: CareerOneStopClient) -> None:
    route = cos_api.get(url__regex=r"/v1/occupation/.*").mock(
        return_value=httpx.Response(200, json={"OccupationList": [], "RecordCount": 0})
    )
    list_occupations_by_keyword.sync("someone-else", "nurse", "N", 0, 5, client=cos)
    assert route.calls[0].request.url.path == "/v1/occupation/someone-else/nurse/N/0/5"


def test_a_very_long_argument_is_a_typed_error_before_any_request(
    no_network: respx.MockRouter, onet: OnetClient
) -> None:
    with pytest.raises(InvalidParameterError, match="check `keyword`") as caught:
        keyword_search.sync(client=onet, keyword="x" * 70_000)
    assert isinstance(caught.value, OnetError) and isinstance(caught.value, ValueError)


def test_input_errors_sit_under_the_package_base_error_and_value_error() -> None:
    assert issubclass(InvalidParameterError, OnetError) and issubclass(InvalidParameterError, ValueError)
    assert issubclass(COSInvalidParameterError, CareerOneStopError)
    from onet_client.exceptions import MissingCredentialError

    assert issubclass(MissingCredentialError, OnetError) and issubclass(MissingCredentialError, ValueError)


def test_paginator_and_client_argument_errors_are_package_errors(onet: OnetClient) -> None:
    from onet_client.api.about import get_about
    from onet_client.exceptions import UsageError
    from onet_client.pagination import iter_items

    with pytest.raises(UsageError, match="not a paged operation") as caught:
        list(iter_items(get_about, client=onet))
    assert isinstance(caught.value, OnetError) and isinstance(caught.value, TypeError)
    with pytest.raises(InvalidParameterError, match="page_size must be between 1"):
        list(iter_items(keyword_search, client=onet, keyword="a", page_size=0))
    with pytest.raises(InvalidParameterError, match="max_retries"):
        OnetClient("some-key", max_retries=-1)


def test_validation_follows_the_called_operation_not_the_url(onet: OnetClient) -> None:
    """A request without the generated metadata is not re-matched against the spec by its URL."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={})

    with respx.mock(assert_all_called=False) as router:
        router.get(url__regex=r".*").mock(side_effect=handler)
        onet.get_httpx_client().get("/online/occupations/not-a-code/")  # raw httpx use: the caller's business
    assert seen == ["/online/occupations/not-a-code/"]
