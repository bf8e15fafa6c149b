"""Tolerant parsing: drift is kept and reported once; a body the model cannot hold is one typed error."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx
from onet_client import OnetClient
from onet_client.api.online import get_details_tasks, keyword_search
from onet_client.exceptions import OnetError, ResponseValidationError
from onet_client.models import ReportDetailsTasks
from onet_client.tolerance import UnknownEnumValue

from .conftest import ONET_KEY

TASKS_URL = "/online/occupations/15-1252.00/details/tasks"


def task(n: int, **changes: Any) -> dict[str, Any]:
    return {"id": str(n), "title": f"Task {n}", "related": f"/x/{n}", "category": "Core", "importance": 80, **changes}


def tasks_body(*tasks: object) -> dict[str, Any]:
    return {"start": 1, "end": len(tasks), "total": len(tasks), "task": list(tasks)}


@pytest.fixture
def drift_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="onet_client")
    return caplog


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "onet_client" and r.levelno == logging.WARNING]


def test_unknown_enum_value_is_kept_typed_and_reported_once(
    onet_api: respx.MockRouter, onet: OnetClient, drift_log: pytest.LogCaptureFixture
) -> None:
    body = tasks_body(task(1), task(2, category="Emerging"), task(3, category="Emerging"))
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=body))
    result = get_details_tasks.sync("15-1252.00", client=onet)
    assert isinstance(result, ReportDetailsTasks)
    categories = [t.category for t in result.task]
    assert categories == ["Core", "Emerging", "Emerging"]
    assert isinstance(categories[1], UnknownEnumValue) and not isinstance(categories[0], UnknownEnumValue)
    get_details_tasks.sync("15-1252.00", client=onet)  # the same drift again: no second warning
    messages = warnings_of(drift_log)
    assert len([m for m in messages if "$.task[*].category: enum" in m]) == 1
    assert "'Core', 'New', 'Supplemental'" in messages[0] and '"Emerging"' in messages[0]


def test_unknown_field_is_kept_and_missing_optional_is_none(
    onet_api: respx.MockRouter, onet: OnetClient, drift_log: pytest.LogCaptureFixture
) -> None:
    body = tasks_body(task(1, new_flag=True))
    del body["task"][0]["importance"]
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=body))
    result = get_details_tasks.sync("15-1252.00", client=onet)
    assert isinstance(result, ReportDetailsTasks)
    assert result.task[0]["new_flag"] is True
    assert result.task[0].importance is None
    assert "importance" not in result.task[0].fields_sent()
    assert result.task[0].to_dict() == body["task"][0]  # absent stays absent, the unknown field comes back
    messages = warnings_of(drift_log)
    assert any("$.task[*].new_flag: field-added" in m for m in messages)
    assert not any("importance" in m for m in messages)  # an optional field may be absent: no drift


def test_value_of_another_type_is_kept_and_reported(
    onet_api: respx.MockRouter, onet: OnetClient, drift_log: pytest.LogCaptureFixture
) -> None:
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=tasks_body(task(1, importance="high"))))
    result = get_details_tasks.sync("15-1252.00", client=onet)
    assert isinstance(result, ReportDetailsTasks)
    importance: object = result.task[0].importance  # typed int; the string the server sent is kept
    assert importance == "high"
    assert any("$.task[*].importance: type-changed; expected integer, seen string" in m for m in warnings_of(drift_log))


@pytest.mark.parametrize(
    ("body", "path", "kind", "expected", "seen"),
    [
        ([1, 2], "$", "type-changed", "object (ReportDetailsTasks)", "array"),
        ({"start": 1, "end": 1, "total": 1}, "$.task", "field-removed", "a value", "absent"),
        (tasks_body(task(1), "oops"), "$.task[1]", "type-changed", "object (ReportTaskDetails)", "string"),
        (
            tasks_body({"id": "1", "title": "t", "category": "Core"}),
            "$.task[0].related",
            "field-removed",
            None,
            None,
        ),
        (tasks_body(task(1, category=7)), "$.task[0].category", "type-changed", None, "integer"),
    ],
)
def test_body_the_model_cannot_hold_raises_one_typed_error(
    body: Any,
    path: str,
    kind: str,
    expected: str | None,
    seen: str | None,
    onet_api: respx.MockRouter,
    onet: OnetClient,
) -> None:
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(ResponseValidationError) as caught:
        get_details_tasks.sync("15-1252.00", client=onet)
    error = caught.value
    assert isinstance(error, OnetError)
    assert (error.json_path, error.kind) == (path, kind)
    assert expected is None or error.expected == expected
    assert seen is None or error.seen == seen
    assert error.operation == "online.get_details_tasks"  # the method as called, not the operationId
    assert f"online.get_details_tasks: response does not match the spec at {path}: {kind}" in str(error)
    assert error.__cause__ is None and error.__context__ is None  # no raw KeyError/TypeError attached


async def test_async_is_tolerant_too(onet_api: respx.MockRouter, onet: OnetClient) -> None:
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=tasks_body(task(1, category="Emerging"))))
    result = await get_details_tasks.asyncio("15-1252.00", client=onet)
    assert isinstance(result, ReportDetailsTasks) and result.task[0].category == "Emerging"


def test_strict_responses_raises_on_any_deviation(onet_api: respx.MockRouter) -> None:
    strict = OnetClient(ONET_KEY, strict_responses=True, max_retries=0)
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=tasks_body(task(1, category="Emerging"))))
    with pytest.raises(ResponseValidationError, match=r"\$\.task\[\*\]\.category: enum") as caught:
        get_details_tasks.sync("15-1252.00", client=strict)
    assert caught.value.kind == "enum-widened" and caught.value.seen == '"Emerging"'
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=tasks_body(task(1))))
    assert isinstance(get_details_tasks.sync("15-1252.00", client=strict), ReportDetailsTasks)  # clean body: fine


def test_conforming_body_logs_nothing(
    onet_api: respx.MockRouter, onet: OnetClient, drift_log: pytest.LogCaptureFixture
) -> None:
    body = {"start": 1, "end": 1, "total": 1, "occupation": [{"href": "h", "code": "1", "title": "t", "tags": {}}]}
    onet_api.get("/online/search").mock(return_value=httpx.Response(200, json=body))
    keyword_search.sync(client=onet, keyword="x")
    assert warnings_of(drift_log) == []


def test_body_is_decoded_once(onet_api: respx.MockRouter, onet: OnetClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import json as json_module

    from onet_client._core import tolerance, transport

    calls: list[int] = []
    real_loads = json_module.loads

    def counting_loads(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real_loads(*args, **kwargs)

    monkeypatch.setattr(json_module, "loads", counting_loads)
    assert vars(tolerance)["json"] is vars(transport)["json"] is json_module  # the same module: one counter sees both
    onet_api.get(TASKS_URL).mock(return_value=httpx.Response(200, json=tasks_body(task(1))))
    get_details_tasks.sync("15-1252.00", client=onet)
    assert len(calls) == 1


def test_enum_check_functions_keep_unlisted_values_of_the_right_type() -> None:
    from onet_client.models.career_job_zone_code import check_career_job_zone_code
    from onet_client.models.interest_profiler_career_fit import check_interest_profiler_career_fit
    from onet_client.tolerance import UnknownEnumInt

    assert check_career_job_zone_code(3) == 3 and type(check_career_job_zone_code(3)) is int
    assert check_career_job_zone_code(6) == 6 and isinstance(check_career_job_zone_code(6), UnknownEnumInt)
    assert isinstance(check_interest_profiler_career_fit("Superb"), UnknownEnumValue)
    with pytest.raises(TypeError, match="expected an integer enum value, seen string"):
        check_career_job_zone_code("6")


def test_placeholder_schema_without_properties_is_open_by_design(cos_api: respx.MockRouter) -> None:
    """A schema that names no properties (shape never observed) holds everything; strict mode accepts it."""
    from careeronestop_client import CareerOneStopClient
    from careeronestop_client.api.location import validate_location

    strict = CareerOneStopClient("strict-token", "strict-user", strict_responses=True, max_retries=0)
    cos_api.get(url__regex=r"/v1/location/.*").mock(
        return_value=httpx.Response(200, json={"Location": "Chicago, IL", "Areas": [{"Code": "17031"}]})
    )
    result = strict.bind(validate_location).sync(location="Chicago")
    assert result["Location"] == "Chicago, IL"


def test_deviation_kinds_are_the_drift_monitors_vocabulary() -> None:
    """A warning in a user's log and a finding in a drift report name a difference the same way."""
    from buildlib.kinds import Kind
    from onet_client._core import tolerance

    assert {kind.value for kind in Kind} >= tolerance.KINDS
