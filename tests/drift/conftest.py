"""Shared setup for the drift tool's tests: fixture copies, fake credentials and recorded sleeps."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "contract_tests" / "fixtures"
DATA = Path(__file__).resolve().parent / "data"
FAKE_KEY = "onet-fake-key-5f2a9c"
FAKE_TOKEN = "cos-fake-token-81d3e0"
FAKE_USER = "fakeuser42"
SECRETS = (FAKE_KEY, FAKE_TOKEN, FAKE_USER)


def fixture_data(api: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / api / name).read_text(encoding="utf-8"))
    return data


def copy_fixtures(root: Path, api: str, *names: str) -> Path:
    """A fixtures root holding only `names` of one API's committed fixtures."""
    folder = root / "fixtures" / api
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / api / name, folder / name)
    return root / "fixtures"


def assert_no_secret(*texts: str) -> None:
    """No secret, nor any 6-character piece of one (a truncated secret), in any letter case."""
    for text in texts:
        low = text.lower()
        for secret in SECRETS:
            for start in range(len(secret) - 5):
                piece = secret[start : start + 6].lower()
                assert piece not in low, f"a piece of a secret ({piece!r}) leaked"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Waits of the live run, recorded instead of slept."""
    waits: list[float] = []
    monkeypatch.setattr("driftlib.live.time.sleep", waits.append)
    return waits


@pytest.fixture
def onet_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONET_API_KEY", FAKE_KEY)


@pytest.fixture
def cos_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERONESTOP_API_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("CAREERONESTOP_USER_ID", FAKE_USER)
