"""Secrets are redacted before anything is shortened, in every report format and in `-v` logs."""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path

import pytest
from driftlib import sdk
from driftlib.apis import load_apis
from driftlib.cli import main
from driftlib.fixtures import load_fixture
from driftlib.live import request_path

from .conftest import FAKE_KEY, FAKE_USER, ROOT, assert_no_secret, copy_fixtures, fixture_data
from .scripted_api import ScriptedApi, json_answer, serve

JOBS = "list_jobs_v2.json"


def test_the_drift_tool_uses_the_sdk_redactor() -> None:
    from onet_client._core import redaction

    assert sdk.Redactor is redaction.Redactor
    assert importlib.util.find_spec("driftlib.redact") is None
    assert not (ROOT / "scripts" / "driftlib" / "redact.py").exists()


def echoing_body() -> object:
    """The jobs body with drift in two fields whose values echo the userId and the key near their end."""
    body = fixture_data("careeronestop", JOBS)["response"]["body"]
    # The userId starts at character 50 of the JSON text: a 60-character preview cut before redaction
    # would keep "fakeuse" of it.
    url = f"https://api.careeronestop.org/v2/jobsearch/abcde/{FAKE_USER}/nurse/MN/25/0/0/0/3/7"
    body["Jobs"][0]["OnetCodes"] = url  # declared an array: type-changed, seen value truncated
    body["Jobs"][0]["Echo"] = f"echo: {FAKE_KEY.upper()}"  # undeclared: field-added
    return body


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "junit"])
def test_echoed_secrets_never_reach_reports_or_logs(
    fmt: str,
    cos_env: None,
    monkeypatch: pytest.MonkeyPatch,
    sleeps: list[float],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("ONET_API_KEY", FAKE_KEY)  # the other API's key, in the environment too
    fixtures = copy_fixtures(tmp_path, "careeronestop", JOBS)
    fixture = load_fixture(fixtures / "careeronestop" / JOBS, load_apis()["careeronestop"])
    path = request_path(fixture).replace("%7BuserId%7D", FAKE_USER)
    api = ScriptedApi({path: [json_answer(200, echoing_body())]})
    report = tmp_path / f"report.{fmt}"
    with caplog.at_level(logging.DEBUG), serve(api) as url:
        code = main(
            [
                *("live", "--api", "careeronestop", "--base-url", url, "--fixtures", str(fixtures)),
                *("--delay", "0", "-v", "--format", fmt, "--report", f"{fmt}:{report}"),
            ]
        )
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert len(api.seen) == 1 and FAKE_USER in api.seen[0][1]  # the real userId did go out
    assert "jobsearch/abcde/{use" in out and "OnetCodes" in out
    assert_no_secret(out, err, report.read_text(encoding="utf-8"), caplog.text)
    if fmt == "json":
        seen = {f["path"]: f["seen"] for f in json.loads(out)["findings"]}
        assert seen["$.Jobs[0].OnetCodes"].startswith('string "https://api.careeronestop.org/v2/jobsearch/abcde/{use')
