"""The response media type is compared with the content the operation declares for the status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from driftlib.cli import main
from driftlib.validate import media_type, media_type_declared

from .conftest import copy_fixtures, fixture_data
from .scripted_api import ScriptedApi, serve

TASKS = "get_details_tasks.json"


def test_media_type_ignores_parameters_and_case() -> None:
    assert media_type("Application/JSON; charset=UTF-8") == "application/json"
    assert media_type(None) == ""
    assert media_type_declared("application/json", ("application/json",))
    assert media_type_declared("text/csv", ("text/*",))
    assert not media_type_declared("text/html", ("application/json",))


@pytest.mark.parametrize(
    ("content_type", "found"),
    [
        ("application/json", False),
        ("application/json; charset=utf-8", False),
        ("text/html; charset=utf-8", True),
        ("application/xml", True),
    ],
)
def test_check_reports_a_fixture_served_with_another_media_type(
    content_type: str, found: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixtures = copy_fixtures(tmp_path, "onet", TASKS)
    path = fixtures / "onet" / TASKS
    data = json.loads(path.read_text(encoding="utf-8"))
    data["response"]["headers"] = {"Content-Type": content_type}
    path.write_text(json.dumps(data), encoding="utf-8")
    code = main(["check", "--api", "onet", "--fixtures", str(fixtures), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == (1 if found else 0)
    if found:
        (finding,) = findings
        assert finding["kind"] == "media-type-changed" and finding["rule"] == "exchange-media-type-changed"
        assert finding["expected"] == "application/json" and finding["seen"] == content_type.split(";")[0]
        assert finding["location"].endswith("/get/responses/200/content")
    else:
        assert findings == []


def test_live_reports_json_served_as_html(
    onet_env: None, sleeps: list[float], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixtures = copy_fixtures(tmp_path, "onet", TASKS)
    body = json.dumps(fixture_data("onet", TASKS)["response"]["body"]).encode()
    api = ScriptedApi({"/online/occupations/29-1141.00/details/tasks": [(200, {"Content-Type": "text/html"}, body)]})
    with serve(api) as url:
        code = main(["live", "--api", "onet", "--base-url", url, "--fixtures", str(fixtures), "--delay", "0"])
    out = capsys.readouterr().out
    assert code == 1
    assert "$: media-type-changed [exchange-media-type-changed]; expected application/json, seen text/html" in out
