"""One error family across both SDKs, messages in the caller's words, and "no such occupation" as the fixtures show it.

Through the public clients (`OnetClient().online...`, `CareerOneStopClient().occupation...`); the unknown-code
answers are the contract fixtures' own exchanges (contract_tests/fixtures/onet/*__unknown_*.json and
*__obsolete_code.json), served by httpx.MockTransport.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dol_career_sdks
import httpx
import pytest
from careeronestop_client import CareerOneStopClient, CareerOneStopError
from onet_client import OnetClient, OnetError
from onet_client import exceptions as onet_errors

from .conftest import COS_TOKEN, COS_USER, ONET_KEY

FIXTURES = Path(__file__).resolve().parents[2] / "contract_tests" / "fixtures" / "onet"
FORBIDDEN_PAGE = (
    "<!DOCTYPE html>\n<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1>"
    "</center>\n<hr><center>nginx</center>\n</body>\n</html>\n"
)  # the shape of nginx's default error page (live evidence O3: a bad key is answered 403 with an nginx HTML page)


def answering(status: int, requests: list[httpx.Request] | None = None, **body: Any) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if requests is not None:
            requests.append(request)
        return httpx.Response(status, **body)

    return httpx.MockTransport(handler)


def onet_with(transport: httpx.MockTransport) -> OnetClient:
    return OnetClient(ONET_KEY, max_retries=0, httpx_args={"transport": transport})


def cos_with(transport: httpx.MockTransport) -> CareerOneStopClient:
    return CareerOneStopClient(COS_TOKEN, COS_USER, max_retries=0, httpx_args={"transport": transport})


def fixture_exchange(name: str) -> dict[str, Any]:
    exchange: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return exchange


def test_one_except_catches_not_found_from_both_apis() -> None:
    calls: list[Callable[[], object]] = [
        lambda: onet_with(answering(404, json={"error": "gone"})).online.get_occupation_overview("15-1252.00"),
        lambda: cos_with(answering(404, json={"Message": "nope"})).occupation.get_details("29-1141.00", "US"),
    ]
    caught = []
    for call in calls:
        with pytest.raises(dol_career_sdks.NotFoundError) as error:
            call()
        assert isinstance(error.value, dol_career_sdks.SDKError)
        caught.append(error.value)
    onet_error, cos_error = caught
    assert isinstance(onet_error, OnetError) and not isinstance(onet_error, CareerOneStopError)
    assert isinstance(cos_error, CareerOneStopError) and not isinstance(cos_error, OnetError)
    assert isinstance(onet_error, onet_errors.NotFoundError)
    assert f"{type(onet_error).__module__}.{type(onet_error).__name__}" == "onet_client.exceptions.NotFoundError"
    assert type(cos_error).__module__ == "careeronestop_client.exceptions"  # as tracebacks show them


@pytest.mark.parametrize(
    ("answer", "shared"),
    [
        (answering(401, text="no"), dol_career_sdks.AuthenticationError),
        (answering(429, json={"Message": "slow down"}), dol_career_sdks.RateLimitError),
        (answering(400, json={"Message": "bad"}), dol_career_sdks.BadRequestError),
        (answering(503, text="busy"), dol_career_sdks.ServerError),
    ],
)
def test_statuses_share_classes_by_meaning(answer: httpx.MockTransport, shared: type[Exception]) -> None:
    with pytest.raises(shared) as caught:
        cos_with(answer).occupation.get_details("29-1141.00", "US")
    assert isinstance(caught.value, CareerOneStopError)


@pytest.mark.parametrize(
    ("failure", "shared"),
    [
        (httpx.ReadTimeout("slow"), dol_career_sdks.APITimeoutError),
        (httpx.ConnectError("refused"), dol_career_sdks.APIConnectionError),
    ],
)
def test_network_failures_share_classes(failure: Exception, shared: type[Exception]) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    with pytest.raises(shared, match=r"^online\.search_occupations: GET /online/search "):
        onet_with(httpx.MockTransport(fail)).online.search_occupations(keyword="nurse")


def test_bad_arguments_and_credentials_share_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAREERONESTOP_API_TOKEN", raising=False)
    with pytest.raises(dol_career_sdks.MissingCredentialError):
        CareerOneStopClient(user_id=COS_USER)
    with pytest.raises(dol_career_sdks.InvalidParameterError):
        onet_with(answering(200, json={})).online.get_occupation_overview("not-a-code")


@pytest.mark.parametrize(
    ("fixture", "call"),
    [
        ("get_details_tasks__unknown_code.json", lambda onet, code: onet.online.get_details_tasks(code)),
        ("get_occupation_overview__obsolete_code.json", lambda onet, code: onet.online.get_occupation_overview(code)),
        ("get_database_table_info__unknown_table.json", lambda onet, table: onet.database.get_table_info(table)),
    ],
)
def test_unknown_code_from_the_fixtures_is_not_found(fixture: str, call: Callable[[OnetClient, str], object]) -> None:
    exchange = fixture_exchange(fixture)
    response = exchange["response"]
    assert response["status"] == 422  # what the fixture records: O*NET answers 422, not 404
    onet = onet_with(answering(response["status"], json=response["body"]))
    argument = next(iter(exchange["request"]["pathParams"].values()))
    with pytest.raises(onet_errors.NotFoundError) as caught:
        call(onet, argument)
    error = caught.value
    assert isinstance(error, onet_errors.UnknownIdentifierError) and isinstance(error, dol_career_sdks.NotFoundError)
    assert isinstance(error, onet_errors.ValidationError)  # still the 422 it is
    assert error.status_code == 422 and error.detail == response["body"]["error"]


def test_other_422s_stay_validation_errors() -> None:
    onet = onet_with(answering(422, json={"error": "must have required property 'keyword'"}))  # live evidence O2
    with pytest.raises(onet_errors.ValidationError) as caught:
        onet.online.search_occupations(keyword="nurse")
    assert not isinstance(caught.value, dol_career_sdks.NotFoundError)


def test_paging_an_unknown_code_stops_at_once() -> None:
    requests: list[httpx.Request] = []
    body = fixture_exchange("get_details_tasks__unknown_code.json")["response"]["body"]
    onet = onet_with(answering(422, requests, json=body))
    with pytest.raises(onet_errors.NotFoundError):
        list(onet.online.get_details_tasks.iter("99-9999.00"))
    assert len(requests) == 1  # no window halving: the code, not the window, is the problem


def test_argument_errors_name_the_method_and_arguments_as_called() -> None:
    onet = onet_with(answering(200, json={}))
    with pytest.raises(onet_errors.InvalidParameterError) as caught:
        onet.online.search_occupations(keyword="")
    message = str(caught.value)
    assert message == "online.search_occupations(keyword=''): parameter `keyword` must not be empty"
    assert caught.value.operation == "online.search_occupations" and caught.value.parameter == "keyword"


def test_bound_user_id_is_not_shown_as_an_argument() -> None:
    cos = cos_with(answering(200, json={}))
    with pytest.raises(CareerOneStopError) as caught:
        cos.occupation.get_details("29-1141.00", "")
    message = str(caught.value)
    assert message.startswith("occupation.get_details(keyword='29-1141.00', location='')")
    assert "user_id" not in message and COS_USER not in message


def test_status_errors_name_the_method() -> None:
    onet = onet_with(answering(422, json={"error": "must be <= 1000"}))
    with pytest.raises(onet_errors.ValidationError) as caught:
        onet.online.search_occupations(keyword="nurse")
    assert str(caught.value).startswith("online.search_occupations: GET /online/search returned HTTP 422: must be")
    assert "keyword_search" not in str(caught.value)


def test_a_403_html_page_is_one_line_with_a_hint() -> None:
    onet = onet_with(answering(403, text=FORBIDDEN_PAGE, headers={"Content-Type": "text/html"}))
    with pytest.raises(onet_errors.AuthenticationError) as caught:
        onet.online.search_occupations(keyword="nurse")
    error = caught.value
    message = str(error)
    assert "\n" not in message and "<" not in message
    assert error.detail == "403 Forbidden"
    assert message.startswith("online.search_occupations: GET /online/search returned HTTP 403: 403 Forbidden")
    assert "ONET_API_KEY" in message
    assert error.body == FORBIDDEN_PAGE  # the page itself stays available


def test_careeronestop_authentication_hint_names_both_variables() -> None:
    cos = cos_with(answering(401, text=""))
    with pytest.raises(dol_career_sdks.AuthenticationError) as caught:
        cos.occupation.get_details("29-1141.00", "US")
    message = str(caught.value)
    assert "CAREERONESTOP_API_TOKEN" in message and "CAREERONESTOP_USER_ID" in message
    assert COS_TOKEN not in message and COS_USER not in message


def test_paging_errors_name_the_method() -> None:
    onet = onet_with(answering(200, json={"start": 1, "end": 0, "total": 0, "occupation": []}))
    with pytest.raises(onet_errors.InvalidParameterError, match=r"^online\.search_occupations: ") as caught:
        list(onet.online.search_occupations.iter(keyword="nurse", page_size=0))
    assert caught.value.operation == "online.search_occupations"
