"""Arguments are checked against the spec before any request is sent."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx
from onet_client import OnetClient
from onet_client.api.database import list_database_rows
from onet_client.api.mnm import get_mnm_interest_profiler_results
from onet_client.api.online import get_occupation_overview, keyword_search
from onet_client.exceptions import InvalidParameterError


@pytest.fixture
def silent_api() -> Iterator[respx.MockRouter]:
    """A mock with no routes: any request that gets through fails the test."""
    with respx.mock(assert_all_called=False) as router:
        yield router


@pytest.mark.parametrize("code", ["15-1252", "151252.00", "15-1252.0", "abc", ""])
def test_invalid_soc_code(code: str, silent_api: respx.MockRouter, onet: OnetClient) -> None:
    with pytest.raises(InvalidParameterError, match="code"):
        get_occupation_overview.sync(code, client=onet)
    assert silent_api.calls.call_count == 0


def test_soc_code_message_is_specific(silent_api: respx.MockRouter, onet: OnetClient) -> None:
    hint = r"\(O\*NET-SOC occupation code with its two-digit suffix, e\.g\. 15-1252\.00\)"  # the spec's description
    with pytest.raises(ValueError, match=rf"'15-1252' does not match .* {hint}"):
        get_occupation_overview.sync("15-1252", client=onet)


@pytest.mark.parametrize("keyword", ["", "   "])
def test_empty_keyword(keyword: str, silent_api: respx.MockRouter, onet: OnetClient) -> None:
    with pytest.raises(InvalidParameterError, match="`keyword` must not be empty"):
        keyword_search.sync(client=onet, keyword=keyword)
    assert silent_api.calls.call_count == 0


@pytest.mark.parametrize("answers", ["1" * 59, "1" * 31, "6" * 60, "1" * 61, "12345 " * 10])
def test_interest_profiler_answers(answers: str, silent_api: respx.MockRouter, onet: OnetClient) -> None:
    with pytest.raises(InvalidParameterError, match="60 digits for the Short Form, 30 for the Mini-IP"):
        get_mnm_interest_profiler_results.sync(client=onet, answers=answers)


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [(0, 10, "below the minimum 1"), (10, 5, "end \\(5\\) is before start \\(10\\)"), (1, 1001, "at most 1000")],
)
def test_start_end_ranges(start: int, end: int, problem: str, silent_api: respx.MockRouter, onet: OnetClient) -> None:
    with pytest.raises(InvalidParameterError, match=problem):
        list_database_rows.sync("occupation_data", client=onet, start=start, end=end)


def test_valid_arguments_pass_through(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    route = onet_api.get("/mnm/interestprofiler/results").mock(
        return_value=httpx.Response(
            200, json={"careers": "https://api-v2.onetcenter.org/mnm/interestprofiler/careers", "result": []}
        )
    )
    get_mnm_interest_profiler_results.sync_detailed(client=onet, answers="3" * 60)
    get_mnm_interest_profiler_results.sync_detailed(client=onet, answers="12345" * 6)
    assert route.call_count == 2
