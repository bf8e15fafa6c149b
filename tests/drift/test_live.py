"""`drift.py live` against a scripted 127.0.0.1 server: status changes, retries, Retry-After, credentials."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest
from driftlib.apis import load_apis
from driftlib.cli import main
from driftlib.fixtures import load_fixture
from driftlib.live import Connectivity, LiveOptions, Unreachable, send

from .conftest import ROOT, copy_fixtures, fixture_data
from .scripted_api import ScriptedApi, json_answer, serve

TASKS = "get_details_tasks.json"
TASKS_PATH = "/online/occupations/29-1141.00/details/tasks"


def live(url: str, fixtures: Path, *extra: str) -> list[str]:
    return ["live", "--api", "onet", "--base-url", url, "--fixtures", str(fixtures), "--delay", "0", *extra]


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    """A fixtures root holding only the tasks fixture, the one exchange the scripted server is about."""
    return copy_fixtures(tmp_path, "onet", TASKS)


def tasks_body() -> object:
    return fixture_data("onet", TASKS)["response"]["body"]


def test_recorded_success_answering_a_declared_error_is_drift(
    onet_env: None, sleeps: list[float], fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = ScriptedApi({TASKS_PATH: [json_answer(422, {"error": "Parameter end is required"})]})
    with serve(api) as url:
        assert main([*live(url, fixtures), "--format", "json"]) == 1
        report = json.loads(capsys.readouterr().out)
        (finding,) = report["findings"]
        assert (finding["kind"], finding["rule"], finding["severity"]) == (
            "status-changed",
            "exchange-status-changed",
            "ERR",
        )
        assert finding["seen"] == "422" and finding["expected"].startswith("200")
        assert main([*live(url, fixtures), "--allow-status-change"]) == 0
        out = capsys.readouterr().out
        assert "warn: onet get_details_tasks" in out and "status-changed" in out and "1 warning(s)" in out


def test_transient_500_is_retried_and_not_reported(
    onet_env: None, sleeps: list[float], fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = ScriptedApi({TASKS_PATH: [json_answer(500, {"oops": True}), json_answer(200, tasks_body())]})
    with serve(api) as url:
        assert main(live(url, fixtures)) == 0, capsys.readouterr().out
    assert len(api.seen) == 2 and sleeps == [1.0]


def test_persistent_5xx_is_unavailable_exit_2_not_schema_drift(
    onet_env: None, sleeps: list[float], fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = ScriptedApi({TASKS_PATH: [json_answer(503, {"Message": "down"})]})
    with serve(api) as url:
        code = main([*live(url, fixtures), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert report["findings"] == []
    assert any("unavailable: HTTP 503 after 3 attempt(s)" in e for e in report["errors"])
    assert len(api.seen) == 3 and sleeps == [1.0, 2.0]  # bounded: two retries with doubling backoff


def test_unusable_retry_after_counts_as_absent(
    onet_env: None, sleeps: list[float], fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    limited = [json_answer(429, {}, {"Retry-After": value}) for value in ("nan", "inf", "soon")]
    api = ScriptedApi({TASKS_PATH: [*limited, json_answer(200, tasks_body())]})
    with serve(api) as url:
        code = main(live(url, fixtures))
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert sleeps == [1.0, 1.0, 1.0] and "Traceback" not in out + err


def test_every_capped_wait_is_logged_at_warning(
    onet_env: None,
    sleeps: list[float],
    fixtures: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    api = ScriptedApi(
        {
            TASKS_PATH: [
                json_answer(429, {}, {"Retry-After": "600"}),
                json_answer(503, {}, {"Retry-After": "3600"}),
                json_answer(200, tasks_body()),
            ]
        }
    )
    with caplog.at_level(logging.INFO, logger="driftlib"), serve(api) as url:
        assert main(live(url, fixtures)) == 0
    capsys.readouterr()
    assert sleeps == [120.0, 120.0]
    capped = [r for r in caplog.records if "waiting the maximum" in r.getMessage()]
    assert len(capped) == 2 and all(r.levelno == logging.WARNING for r in capped)


def test_connection_errors_are_retried_then_unavailable(
    onet_env: None, sleeps: list[float], fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(ScriptedApi()) as url:
        pass  # the port refuses connections once the server is gone
    code = main(live(url, fixtures))
    out = capsys.readouterr().out
    assert code == 2 and f"API unreachable: {url} (ConnectError: " in out
    assert "1 of 1 exchange(s) not checked" in out and "nothing checked" in out
    assert sleeps == [1.0, 2.0]


def test_connection_failures_count_in_a_row_across_exchanges_and_any_answer_resets_them() -> None:
    """Two refused attempts then an answer, twice: never three in a row, so both exchanges are answered."""
    fixture = load_fixture(ROOT / "contract_tests" / "fixtures" / "onet" / TASKS, load_apis()["onet"])
    outcomes = ["refuse", "refuse", "answer", "refuse", "refuse", "answer"]

    def handler(request: httpx.Request) -> httpx.Response:
        if outcomes.pop(0) == "refuse":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return httpx.Response(200, json=tasks_body())

    options = LiveOptions(base_url="http://api.test", sleep=lambda seconds: None)
    connectivity = Connectivity("http://api.test")
    with httpx.Client(base_url="http://api.test", transport=httpx.MockTransport(handler)) as client:
        assert send(client, fixture, options, connectivity).status_code == 200
        assert send(client, fixture, options, connectivity).status_code == 200
        outcomes.extend(["refuse"] * 3)
        with pytest.raises(Unreachable, match=r"^API unreachable: http://api.test \(ConnectError: .*3 connection"):
            send(client, fixture, options, connectivity)


def test_missing_credentials_exit_2_naming_every_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("ONET_API_KEY", "CAREERONESTOP_API_TOKEN", "CAREERONESTOP_USER_ID"):
        monkeypatch.delenv(name, raising=False)
    assert main(["live", "--api", "onet", "--api", "careeronestop"]) == 2
    err = capsys.readouterr().err
    assert "ONET_API_KEY, CAREERONESTOP_API_TOKEN, CAREERONESTOP_USER_ID are not set" in err
    assert main(["live", "--api", "onet", "--api", "careeronestop", "--skip-without-credentials"]) == 0
    assert capsys.readouterr().out.count("skipped") == 2


def test_ci_never_skips_for_want_of_credentials() -> None:
    tox = (ROOT / "tox.ini").read_text(encoding="utf-8")
    live_env = tox.split("[testenv:drift-live]", 1)[1].split("\n[", 1)[0]
    assert "drift.py live" in live_env and "--skip-without-credentials" not in live_env
    # The shipped weekly workflow: tests/packaging/test_workflows.py.
