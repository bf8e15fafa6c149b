"""Small parts of the live monitor: secret scrubbing, Retry-After parsing, progress display."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from driftlib.live import progress_wanted, retry_after_seconds, with_progress
from driftlib.redact import Redactor, redactor_for


def test_redactor_replaces_raw_encoded_and_recased_secrets() -> None:
    token = "aB3+/xyz=="
    redact = redactor_for({"CAREERONESTOP_API_TOKEN": token, "CAREERONESTOP_USER_ID": "User42"}, "{userId}")
    text = f"Bearer {token} /v1/x/User42/y ?u=user42 {'aB3%2B%2Fxyz%3D%3D'} aB3%2B/xyz%3D%3D"
    assert redact(text) == "Bearer <redacted> /v1/x/{userId}/y ?u={userId} <redacted> <redacted>"
    assert redact.json({"User42": ["see user42"], "n": 3}) == {"{userId}": ["see {userId}"], "n": 3}


def test_redactor_without_secrets_changes_nothing() -> None:
    assert Redactor({}).text("nothing to hide") == "nothing to hide"


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) == 1.0
    assert retry_after_seconds("soon") == 1.0
    now = datetime(2025, 11, 18, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(datetime(2025, 11, 18, 12, 0, 30, tzinfo=UTC), usegmt=True)
    assert retry_after_seconds(later, now=now.timestamp()) == 30.0


def test_progress_bar_only_on_a_terminal() -> None:
    assert progress_wanted() is False  # pytest captures stdout, so it is not a TTY
    assert list(with_progress([1, 2, 3], "drift", enabled=True)) == [1, 2, 3]
    assert list(with_progress([1, 2], "drift", enabled=False)) == [1, 2]
