"""Small parts of the live monitor: secret scrubbing, Retry-After parsing, progress display."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from driftlib.findings import preview, redact_json
from driftlib.live import progress_wanted, redactor_for, with_progress
from driftlib.sdk import parse_retry_after


def test_redactor_replaces_raw_encoded_and_recased_secrets() -> None:
    token = "aB3+/xyz=="
    redact = redactor_for({"CAREERONESTOP_API_TOKEN": token, "CAREERONESTOP_USER_ID": "User42"})
    text = f"Bearer {token} /v1/x/User42/y ?u=user42 {'aB3%2B%2Fxyz%3D%3D'} aB3%2B/xyz%3D%3D AB3+/XYZ=="
    assert redact(text) == "Bearer <redacted> /v1/x/{userId}/y ?u={userId} <redacted> <redacted> <redacted>"
    assert redact_json({"User42": ["see user42"], "n": 3}, redact) == {"{userId}": ["see {userId}"], "n": 3}


def test_values_are_redacted_before_they_are_shortened() -> None:
    user = "fakeuser42"
    redact = redactor_for({"CAREERONESTOP_USER_ID": user})
    value = "https://api.careeronestop.org/v2/jobsearch/" + user + "/nurse/MN?page=2"
    shown = preview(value, 60, redact)
    assert len(shown) == 60 and "{userId}" in shown
    for cut in range(4, len(user) + 1):
        assert user[:cut] not in shown


def test_retry_after_accepts_seconds_and_http_dates_and_ignores_the_rest() -> None:
    assert parse_retry_after("7") == 7.0
    for unusable in (None, "", "soon", "nan", "NaN", "inf", "-inf", "1e999", "-3"):
        assert parse_retry_after(unusable) is None, unusable
    past = format_datetime(datetime(2025, 11, 18, 12, 0, 0, tzinfo=UTC), usegmt=True)
    assert parse_retry_after(past) == 0.0
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    assert 80 < (parse_retry_after(soon) or 0) <= 90


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert progress_wanted() is False
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert progress_wanted() is True
    assert list(with_progress([1, 2, 3], "drift", enabled=True)) == [1, 2, 3]
    assert list(with_progress([1, 2], "drift", enabled=False)) == [1, 2]
