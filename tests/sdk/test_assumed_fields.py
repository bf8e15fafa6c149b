"""Types promise only what evidence shows: a field only assumed never fails a call; an evidenced one still does.

`online.list_hot_technologies` is rated `guess`: no real body or documentation shows its `technology` items,
so their `title` is assumed (x-assumed-required, optional in the model). `online.get_details_tasks` is rated
`observed-in-real-response`: a task's `title` was seen in real bodies and stays required. Bodies are made here
(the shapes of the two schemas); every request goes to an httpx.MockTransport.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

import httpx
import pytest
from onet_client import OnetClient
from onet_client.exceptions import ResponseValidationError

from .conftest import ONET_KEY


def client(body: dict[str, Any], *, strict: bool = False) -> OnetClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    transport = httpx.MockTransport(answer)
    return OnetClient(ONET_KEY, httpx_args={"transport": transport}, strict_responses=strict, max_retries=0)


def hot_technologies(*items: dict[str, Any]) -> dict[str, Any]:
    return {"start": 1, "end": len(items), "total": len(items), "technology": list(items)}


def tasks(*items: dict[str, Any]) -> dict[str, Any]:
    return {"start": 1, "end": len(items), "total": len(items), "task": list(items)}


def test_the_two_operations_are_rated_as_these_tests_assume() -> None:
    ratings = {op.name: op.confidence for op in OnetClient(ONET_KEY).operations()}
    assert ratings["online.list_hot_technologies"] == "guess"
    assert ratings["online.get_details_tasks"] in ("observed-in-real-response", "documented")


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "onet_client" and r.levelno == logging.WARNING]


def test_guessed_operation_lacking_an_assumed_field_returns_the_model_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="onet_client")
    onet = client(hot_technologies({"href": "https://x/1"}, {"title": "Python", "href": "https://x/2"}))
    page = onet.online.list_hot_technologies()
    assert isinstance(page.technology, list)
    first, second = page.technology
    assert first.title is None and "title" not in first.fields_sent()  # kept as absent, not invented
    assert second.title == "Python"
    onet.online.list_hot_technologies()  # the same drift again: no second warning
    messages = [m for m in warnings_of(caplog) if "$.technology[*].title" in m]
    assert len(messages) == 1
    assert "field-removed" in messages[0] and "assumed field" in messages[0] and "absent" in messages[0]


def test_guessed_operation_lacking_an_assumed_field_raises_in_strict_mode() -> None:
    onet = client(hot_technologies({"href": "https://x/1"}), strict=True)
    with pytest.raises(ResponseValidationError) as caught:
        onet.online.list_hot_technologies()
    (deviation,) = caught.value.deviations
    assert (deviation.path, deviation.kind, deviation.seen) == ("$.technology[*].title", "field-removed", "absent")
    assert "assumed field" in deviation.expected


def test_guessed_operation_lacking_the_assumed_items_array_is_kept_in_default_mode() -> None:
    body = {"start": 1, "end": 0, "total": 0}
    page = client(body).online.list_hot_technologies()
    assert page.technology is None
    with pytest.raises(ResponseValidationError, match=r"\$\.technology: field-removed"):
        client(body, strict=True).online.list_hot_technologies()


def test_guessed_operation_with_every_assumed_field_passes_strict_mode(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="onet_client")
    page = client(hot_technologies({"title": "Python"}), strict=True).online.list_hot_technologies()
    assert isinstance(page.technology, list) and page.technology[0].title == "Python"
    assert not warnings_of(caplog)


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_observed_operation_lacking_a_required_field_raises_in_both_modes(strict: bool) -> None:
    body = tasks({"id": "1", "related": "/x/1", "category": "Core", "importance": 80})  # no "title"
    with pytest.raises(ResponseValidationError) as caught:
        client(body, strict=strict).online.get_details_tasks("15-1252.00")
    assert [(d.path, d.kind) for d in caught.value.deviations] == [("$.task[0].title", "field-removed")]
    assert "assumed" not in caught.value.deviations[0].expected


def test_observed_operation_with_its_required_fields_passes_strict_mode() -> None:
    body = tasks({"id": "1", "title": "Write code", "related": "/x/1", "category": "Core", "importance": 80})
    report = client(body, strict=True).online.get_details_tasks("15-1252.00")
    assert report.task[0].title == "Write code"


def test_docstrings_name_the_assumed_fields_and_only_where_there_are_some() -> None:
    onet = OnetClient(ONET_KEY)
    guessed = inspect.getdoc(type(onet.online.list_hot_technologies).__call__) or ""
    assert "Assumed response fields" in guessed and "`technology[*].title`" in guessed
    observed = inspect.getdoc(type(onet.online.get_details_tasks).__call__) or ""
    assert observed and "Assumed response fields" not in observed
