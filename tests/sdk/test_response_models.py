"""Response models through the public surface (issues 21 and 23): one `is None` narrows an absent or null field,
`fields_sent()` tells the two apart, to_dict() gives the body back, and a conforming body is checked once.

Bodies: the CareerOneStop occupation-details contract fixture (contract_tests/fixtures/careeronestop/
get_occupation_details.json, synthesized from the spec) with sections removed or nulled here, and O*NET bodies
made here in the shapes of their schemas. Every request goes to an httpx.MockTransport.
"""

from __future__ import annotations

import copy
import json
import logging
import typing
from pathlib import Path
from typing import Any

import careeronestop_client
import careeronestop_client.models
import httpx
import onet_client
import pytest
from careeronestop_client import CareerOneStopClient
from onet_client import OnetClient
from onet_client._core import tolerance

from .conftest import COS_TOKEN, COS_USER, ONET_KEY

FIXTURE = Path(__file__).resolve().parents[2] / "contract_tests/fixtures/careeronestop/get_occupation_details.json"


def details_body() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))["response"]["body"]
    return body


def answering(body: object, seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def cos_client(body: object, seen: list[httpx.Request] | None = None) -> CareerOneStopClient:
    return CareerOneStopClient(COS_TOKEN, COS_USER, httpx_args={"transport": answering(body, seen)}, max_retries=0)


def onet_client_for(body: object, *, strict: bool = False) -> OnetClient:
    transport = answering(body)
    return OnetClient(ONET_KEY, httpx_args={"transport": transport}, strict_responses=strict, max_retries=0)


def warnings_of(caplog: pytest.LogCaptureFixture, logger: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger and r.levelno == logging.WARNING]


def test_absent_and_null_sections_both_read_none_and_fields_sent_tells_them_apart() -> None:
    body = details_body()
    detail = body["OccupationDetail"][0]
    detail["Wages"]["StateWagesList"] = None  # null: the spec allows it
    del detail["Wages"]["BLSAreaWagesList"]  # absent
    del detail["Projections"]
    with cos_client(body) as cos:
        details = cos.occupation.get_details("29-1141.00", "IL", wages=True)
    wages = details.occupation_detail[0].wages
    assert wages is not None  # one check narrows an optional section
    assert wages.national_wages_list is not None and wages.national_wages_list[0].rate_type == "Annual"
    assert wages.state_wages_list is None and wages.bls_area_wages_list is None
    assert details.occupation_detail[0].projections is None
    sent = wages.fields_sent()
    assert "state_wages_list" in sent and "bls_area_wages_list" not in sent and "national_wages_list" in sent
    assert details.to_dict() == body  # null stays null, absent stays absent


def test_a_wage_figure_takes_one_check_per_level() -> None:
    """What a user writes (mypy --strict passes it: no Unset to rule out)."""
    with cos_client(details_body()) as cos:
        details = cos.occupation.get_details("29-1141.00", "IL", wages=True)
    medians: list[str] = []
    for occupation in details.occupation_detail:
        if occupation.wages is None or occupation.wages.national_wages_list is None:
            continue
        medians += [row.median for row in occupation.wages.national_wages_list if row.median is not None]
    assert medians == ["93,600", "45.00"]


def test_the_sentinel_for_arguments_not_sent_is_each_package_s_own_and_top_level() -> None:
    assert onet_client.UNSET is onet_client.types.UNSET and isinstance(onet_client.UNSET, onet_client.Unset)
    assert careeronestop_client.UNSET is careeronestop_client.types.UNSET
    assert onet_client.Unset.__module__ != careeronestop_client.Unset.__module__  # narrow with the package's own
    assert {"UNSET", "Unset"} <= set(onet_client.__all__) & set(careeronestop_client.__all__)


def test_request_arguments_keep_not_sent() -> None:
    seen: list[httpx.Request] = []
    with cos_client(details_body(), seen) as cos:
        cos.occupation.get_details("29-1141.00", "IL", wages=True)
    query = dict(seen[0].url.params)
    assert query["wages"] == "true" and "tasks" not in query  # an argument not given is not sent
    call = type(cos.occupation.get_details).__call__
    hints = typing.get_type_hints(call, localns=vars(careeronestop_client.models))
    assert hints["tasks"] == bool | careeronestop_client.Unset


def test_a_conforming_body_is_not_walked_and_a_drifting_one_is(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    walks: list[object] = []
    real_walk = tolerance._walk_result

    def counting_walk(result: Any, out: Any) -> None:
        walks.append(result)
        real_walk(result, out)

    monkeypatch.setattr(tolerance, "_walk_result", counting_walk)
    caplog.set_level(logging.WARNING, logger="onet_client")
    item = {"code": "15-1252.00", "href": "https://x/1", "title": "Software Developers", "tags": {}}
    page = {"start": 1, "end": 1, "total": 1, "occupation": [item]}
    with onet_client_for(page) as onet:
        onet.online.list_occupations()
    assert walks == []  # built and checked in one pass
    drifting = copy.deepcopy(page)
    drifting["occupation"] = [{**item, "tags": {"bright_outlook": "yes"}}]
    with onet_client_for(drifting) as onet:
        result = onet.online.list_occupations()
    assert len(walks) == 1
    assert result.occupation is not None
    kept: object = result.occupation[0].tags.bright_outlook
    assert kept == "yes"  # kept as sent
    assert any("$.occupation[*].tags.bright_outlook: type-changed" in m for m in warnings_of(caplog, "onet_client"))


def test_a_null_the_spec_does_not_allow_reads_none_is_reported_and_round_trips(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="onet_client")
    task = {"id": "1", "title": "Task 1", "related": "/x/1", "category": "Core", "importance": None}
    body = {"start": 1, "end": 1, "total": 1, "task": [task]}
    with onet_client_for(body) as onet:
        result = onet.online.get_details_tasks("15-1252.00")
    assert result.task[0].importance is None and "importance" in result.task[0].fields_sent()
    assert result.to_dict() == body
    assert any("$.task[*].importance: became-nullable" in m for m in warnings_of(caplog, "onet_client"))
    with (
        onet_client_for(body, strict=True) as strict,
        pytest.raises(onet_client.exceptions.ResponseValidationError, match="became-nullable"),
    ):
        strict.online.get_details_tasks("15-1252.00")


def test_an_assumed_field_missing_deep_in_a_list_is_still_reported(caplog: pytest.LogCaptureFixture) -> None:
    """The absent-assumed check runs only after drift was noted: a nested item lacking one must note it."""
    caplog.set_level(logging.WARNING, logger="onet_client")
    group = {"id": "1.A", "name": "Abilities", "element": [{"id": "1.A.1", "name": "Oral"}, {"name": "Written"}]}
    with onet_client_for([group]) as onet:
        result = onet.mnm.get_career_abilities("15-1252.00")
    assert result[0].element is not None and result[0].element[1].id is None
    messages = warnings_of(caplog, "onet_client")
    assert any("$[*].element[*].id: field-removed" in m and "assumed" in m for m in messages), messages
