"""`drift.py live` end to end against a real HTTP server on 127.0.0.1 that serves the fixtures.

Fake credentials sit in the environment; the server insists on receiving them, so a passing run proves
they are sent, and the tests then look for them in every recorded file, report and log line.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from driftlib.apis import load_apis
from driftlib.cli import main
from driftlib.fixtures import Fixture, fixture_paths, load_fixture

from contract_tests.contract_support import FIXTURES
from tests.drift.conftest import FAKE_KEY, FAKE_TOKEN, FAKE_USER
from tests.drift.fake_api import FakeApi, serve

pytestmark = pytest.mark.cost(2)  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)

SECRETS = (FAKE_KEY, FAKE_TOKEN, FAKE_USER)


def fixtures(api: str) -> list[Fixture]:
    config = load_apis()[api]
    return [load_fixture(p, config) for p in fixture_paths(FIXTURES, api)]


def success_count(api: str) -> int:
    return sum(1 for f in fixtures(api) if f.is_success)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def assert_no_secrets(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"secret {secret!r} leaked"
            assert secret.upper() not in text.upper()


def tree_text(root: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.is_file())


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        yield caplog


def rename(old: str, new: str) -> Callable[[Any], Any]:
    def mutate(body: Any) -> Any:
        body[new] = body.pop(old)
        return body

    return mutate


def at(path: list[str | int], change: Callable[[Any, str | int], None]) -> Callable[[Any], Any]:
    """A mutation applied to the container at path[:-1] and key path[-1]."""

    def mutate(body: Any) -> Any:
        node = body
        for key in path[:-1]:
            node = node[key]
        change(node, path[-1])
        return body

    return mutate


ONET_MUTATIONS: dict[str, tuple[Callable[[Any], Any], set[tuple[str, str]]]] = {
    "get_details_tasks.json": (rename("task", "tasks"), {("$.tasks", "field-added"), ("$.task", "field-removed")}),
    "keyword_search.json": (
        at(["occupation", 0, "relevance_score"], lambda n, k: n.__setitem__(k, "100")),
        {("$.occupation[0].relevance_score", "type-changed")},
    ),
    "list_occupations.json": (
        at(["occupation", 1, "title"], lambda n, k: n.pop(k)),
        {("$.occupation[1].title", "field-removed")},
    ),
    "get_details_tasks__unknown_code.json": (rename("error", "message"), set()),  # error fixtures are not replayed
    "list_career_cluster_occupations.json": (
        at(["occupation", 0, "tags", "green"], lambda n, k: n.__setitem__(k, False)),
        {("$.occupation[0].tags.green", "field-added")},
    ),
    "get_summary_job_zone.json": (at(["code"], lambda n, k: n.__setitem__(k, 6)), {("$.code", "enum-widened")}),
    "get_mnm_career_overview.json": (
        at(["title"], lambda n, k: n.__setitem__(k, None)),
        {("$.title", "became-nullable")},
    ),
}


def test_onet_unmutated_run_passes_sends_credentials_and_records_clean_fixtures(
    onet_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], debug_logs: pytest.LogCaptureFixture
) -> None:
    fake = FakeApi("onet", fixtures("onet"), key=FAKE_KEY)
    record = tmp_path / "recorded"
    with serve(fake) as url:
        code, out, err = run(
            ["live", "--api", "onet", "--base-url", url, "--delay", "0", "--record", str(record), "-v"], capsys
        )
    assert code == 0, out + err
    assert "no drift" in out
    assert fake.rejected == 0 and len(fake.seen) == success_count("onet")
    assert all(headers.get("x-api-key") == FAKE_KEY for _, _, headers in fake.seen)
    written = fixture_paths(record, "onet")
    assert len(written) == success_count("onet")
    sample = json.loads((record / "onet" / "get_details_tasks.json").read_text(encoding="utf-8"))
    assert sample["provenance"]["source"] == "recorded-live"
    assert sample["provenance"]["toolVersion"] and sample["provenance"]["recordedAt"]
    assert sample["request"]["headers"]["X-API-Key"] == "<redacted>"
    assert any("get_details_tasks" in r.getMessage() for r in debug_logs.records)
    assert_no_secrets(out, err, tree_text(record), debug_logs.text)
    assert main(["check", "--api", "onet", "--fixtures", str(record)]) == 0  # recordings are valid fixtures
    capsys.readouterr()


def test_a_password_in_the_base_url_stays_out_of_recordings_reports_and_logs(
    onet_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], debug_logs: pytest.LogCaptureFixture
) -> None:
    """User information in --base-url is a secret: httpx logs the URL as given, and --record names the server."""
    fake = FakeApi("onet", fixtures("onet"), key=FAKE_KEY)
    record = tmp_path / "recorded"
    with serve(fake) as url:
        with_password = url.replace("http://", "http://drift:hunter2-secret@")
        code, out, err = run(
            ["live", "--api", "onet", "--base-url", with_password, "--delay", "0", "--record", str(record), "-v"],
            capsys,
        )
    assert code == 0, out + err
    recorded = tree_text(record)
    assert f"against {url}" in recorded  # the server is named, without its user information
    assert any("HTTP Request" in r.getMessage() for r in debug_logs.records)  # httpx logged each URL
    for text in (out, err, recorded, debug_logs.text):
        assert "hunter2-secret" not in text


def test_onet_every_mutation_is_reported_with_kind_and_path(
    onet_env: None, capsys: pytest.CaptureFixture[str], debug_logs: pytest.LogCaptureFixture
) -> None:
    mutations = {name: mutate for name, (mutate, _) in ONET_MUTATIONS.items()}
    fake = FakeApi("onet", fixtures("onet"), key=FAKE_KEY, mutations=mutations)
    with serve(fake) as url:
        code, out, err = run(["live", "--api", "onet", "--base-url", url, "--delay", "0", "--format", "json"], capsys)
    assert code == 1, out + err
    report = json.loads(out)
    found = {(f["fixture"], f["path"], f["kind"]) for f in report["findings"]}
    expected = {(name, path, kind) for name, (_, pairs) in ONET_MUTATIONS.items() for path, kind in pairs}
    assert found == expected
    assert all(f["operation"] and f["api"] == "onet" for f in report["findings"])
    assert_no_secrets(out, err, debug_logs.text)


def test_onet_rate_limit_waits_for_retry_after(
    onet_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    subset = tmp_path / "fixtures"
    (subset / "onet").mkdir(parents=True)
    for name in ("get_about.json", "keyword_search.json"):
        (subset / "onet" / name).write_text((FIXTURES / "onet" / name).read_text(encoding="utf-8"), encoding="utf-8")
    waits: list[float] = []
    monkeypatch.setattr("driftlib.live.time.sleep", waits.append)
    fake = FakeApi("onet", fixtures("onet"), key=FAKE_KEY, rate_limit_once={"keyword_search.json": "3"})
    with serve(fake) as url:
        code, out, _ = run(
            ["live", "--api", "onet", "--base-url", url, "--fixtures", str(subset), "--delay", "0.25"], capsys
        )
    assert code == 0, out
    assert waits == [0.25, 3.0]  # the configured delay between requests, then the server's Retry-After
    assert len(fake.seen) == 3


def test_live_without_credentials_names_the_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ONET_API_KEY", raising=False)
    code, out, err = run(["live", "--api", "onet"], capsys)
    assert code == 2 and "ONET_API_KEY" in err
    monkeypatch.setenv("CAREERONESTOP_API_TOKEN", FAKE_TOKEN)
    monkeypatch.delenv("CAREERONESTOP_USER_ID", raising=False)
    code, out, err = run(["live", "--api", "careeronestop"], capsys)
    assert code == 2 and "CAREERONESTOP_USER_ID" in err
    assert_no_secrets(out, err)
    code, out, err = run(["live", "--api", "onet", "--skip-without-credentials"], capsys)
    assert code == 0 and "skipped" in out and "ONET_API_KEY" in out
    code, out, err = run(["live", "--api", "onet", "--api", "careeronestop", "--skip-without-credentials"], capsys)
    assert code == 0 and out.count("skipped") == 2
    code, out, err = run(
        ["live", "--api", "onet", "--api", "careeronestop", "--base-url", "http://127.0.0.1:9"], capsys
    )
    assert code == 2 and "single --api" in err


def test_rejected_credentials_stop_the_run_with_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], debug_logs: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("ONET_API_KEY", "wrong-" + FAKE_KEY)
    fake = FakeApi("onet", fixtures("onet"), key=FAKE_KEY)
    with serve(fake) as url:
        code, out, err = run(["live", "--api", "onet", "--base-url", url, "--delay", "0"], capsys)
    assert code == 2
    assert "credentials rejected" in out
    assert fake.rejected == 1 and len(fake.seen) == 1
    assert_no_secrets(out, err, debug_logs.text)


def test_unreachable_api_is_an_outage_reported_in_one_line_within_seconds(
    onet_env: None, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every O*NET fixture against a closed port: one "API unreachable" line and exit 2, not minutes of retries.

    Before, each of the exchanges was tried three times (7 minutes for 145) and the headline said "no drift".
    """
    waits: list[float] = []
    monkeypatch.setattr("driftlib.live.time.sleep", waits.append)  # the backoff is asserted below, not slept
    with serve(FakeApi("onet", [], key=FAKE_KEY)) as url:
        pass  # the server is gone once the block ends, so its port refuses connections
    with_password = url.replace("http://", "http://drift:hunter2-secret@")  # user information is a secret too
    reports = tmp_path / "reports"
    started = time.monotonic()
    code, out, err = run(
        [
            "live", "--api", "onet", "--base-url", with_password,
            "--report", f"markdown:{reports / 'drift.md'}", "--report", f"junit:{reports / 'drift.xml'}",
        ],
        capsys,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert code == 2, out + err
    assert waits == [1.0, 2.0]  # a real run waits these 3 s between its three attempts, and no other
    assert elapsed < 10, elapsed  # generous: three refused connections and the reports, without the backoff
    total = success_count("onet")
    (line,) = [line for line in out.splitlines() if "unreachable" in line]
    assert line.startswith(f"error: API unreachable: {url} (ConnectError: ")
    assert line.endswith(f"3 connection attempts in a row failed); {total} of {total} exchange(s) not checked")
    assert "Traceback" not in out + err
    markdown, junit = (reports / "drift.md").read_text(encoding="utf-8"), (reports / "drift.xml").read_text("utf-8")
    for text in (out, markdown, junit):
        assert "nothing checked" in text and "no drift" not in text
        assert "hunter2-secret" not in text
    assert "API unreachable" in markdown and 'type="input">API unreachable' in junit


def echo_user_id(body: Any) -> Any:
    """Make the server echo the userId, raw and percent-encoded, inside string fields (no drift)."""
    body["Jobs"][0]["URL"] = f"https://api.careeronestop.org/v2/jobsearch/{FAKE_USER}/nurse/MN?page=2"
    body["JobsKeywordLocations"]["Keyword"] = f"nurse ({FAKE_USER.upper()})"
    return body


COS_MUTATIONS: dict[str, tuple[Callable[[Any], Any], set[tuple[str, str]]]] = {
    "list_occupations_by_keyword.json": (
        at(["RecordCount"], lambda n, k: n.__setitem__(k, "9")),
        {("$.RecordCount", "type-changed")},
    ),
    "get_lmi_by_occupation.json": (rename("LMI", "Lmi"), {("$.Lmi", "field-added")}),
    "list_jobs_v2.json": (
        at(["Jobs", 0, "OnetCodes"], lambda n, k: n.__setitem__(k, "29-1141.00")),
        {("$.Jobs[0].OnetCodes", "type-changed")},
    ),
    "get_occupation_details.json": (
        rename("OccupationDetail", "Occupation"),
        {
            ("$.Occupation", "field-added"),
            ("$.OccupationDetail", "field-removed"),
        },
    ),
    "get_salary_details.json": (
        at(["OccupationDetail", "Wages", "WageYear"], lambda n, k: n.__setitem__(k, None)),
        {("$.OccupationDetail.Wages.WageYear", "became-nullable")},
    ),
    "list_unemployment_rates.json": (
        at(["CountyList", 0, "LaborForce"], lambda n, k: n.__setitem__(k, "652,310")),
        {("$.CountyList[0].LaborForce", "field-added")},
    ),
}


def test_careeronestop_run_sends_token_and_user_id_and_scrubs_them_from_recordings(
    cos_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], debug_logs: pytest.LogCaptureFixture
) -> None:
    fake = FakeApi(
        "careeronestop",
        fixtures("careeronestop"),
        token=FAKE_TOKEN,
        user_id=FAKE_USER,
        mutations={"list_jobs_v2.json": echo_user_id},
    )
    record = tmp_path / "recorded"
    with serve(fake) as url:
        code, out, err = run(
            ["live", "--api", "careeronestop", "--base-url", url, "--delay", "0", "--record", str(record), "-v"],
            capsys,
        )
    assert code == 0, out + err
    assert fake.rejected == 0 and len(fake.seen) == success_count("careeronestop")
    assert all(h.get("authorization") == f"Bearer {FAKE_TOKEN}" for _, _, h in fake.seen)
    assert all(f"/{FAKE_USER}" in path for _, path, _ in fake.seen)
    assert any(method == "POST" for method, _, _ in fake.seen)
    jobs = json.loads((record / "careeronestop" / "list_jobs_v2.json").read_text(encoding="utf-8"))
    assert jobs["request"]["pathParams"]["userId"] == "{userId}"
    assert "/v2/jobsearch/{userId}/nurse/" in jobs["response"]["body"]["Jobs"][0]["URL"]
    assert jobs["response"]["body"]["JobsKeywordLocations"]["Keyword"] == "nurse ({userId})"
    assert_no_secrets(out, err, tree_text(record), debug_logs.text)
    assert main(["check", "--api", "careeronestop", "--fixtures", str(record)]) == 0
    capsys.readouterr()


def test_careeronestop_every_mutation_is_reported(
    cos_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], debug_logs: pytest.LogCaptureFixture
) -> None:
    mutations = {name: mutate for name, (mutate, _) in COS_MUTATIONS.items()}
    fake = FakeApi("careeronestop", fixtures("careeronestop"), token=FAKE_TOKEN, user_id=FAKE_USER, mutations=mutations)
    report_file = tmp_path / "drift.md"
    with serve(fake) as url:
        code, out, err = run(
            [
                *("live", "--api", "careeronestop", "--base-url", url, "--delay", "0"),
                *("--format", "json", "--report", f"markdown:{report_file}"),
            ],
            capsys,
        )
    assert code == 1, out + err
    found = {(f["fixture"], f["path"], f["kind"]) for f in json.loads(out)["findings"]}
    expected = {(name, path, kind) for name, (_, pairs) in COS_MUTATIONS.items() for path, kind in pairs}
    assert found == expected
    assert "`$.Jobs[0].OnetCodes`" in report_file.read_text(encoding="utf-8")
    assert_no_secrets(out, err, report_file.read_text(encoding="utf-8"), debug_logs.text)
