"""Shared fixtures for SDK tests: clients with fake credentials and a recorder for retry sleeps."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import respx
from careeronestop_client import CareerOneStopClient
from onet_client import OnetClient

from .localserver import LocalServer, serve

ONET_BASE = "https://api-v2.onetcenter.org"
COS_BASE = "https://api.careeronestop.org"
ONET_KEY = "onet-key-5f2a9c"
COS_TOKEN = "cos/token+abc=="
COS_USER = "cosuser7731x"
UNKNOWN_CODE_FIXTURE = (
    Path(__file__).resolve().parents[2] / "contract_tests/fixtures/onet/get_details_tasks__unknown_code.json"
)


@contextlib.contextmanager
def own_garbage() -> Iterator[None]:
    """Collections inside the block see only objects made inside it: what earlier tests left is set aside.

    gc.freeze() moves every object alive now out of the collector's reach until the block ends (then it is
    collected as usual), so an earlier test's unclosed client cannot warn in here, and a gc.collect() in here
    costs the block's own objects, not a walk over the whole suite's heap (about 0.15 s in a full run).
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry sleeps, recorded instead of slept."""
    recorded: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    import httpx_retries.retry as retry_module

    # Replace the module's references (not time.sleep / asyncio.sleep themselves, which tests use).
    monkeypatch.setattr(retry_module, "time", SimpleNamespace(sleep=recorded.append))
    monkeypatch.setattr(retry_module, "asyncio", SimpleNamespace(sleep=fake_async_sleep))
    return recorded


@pytest.fixture
def onet_api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=ONET_BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def cos_api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=COS_BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def onet(sleeps: list[float]) -> OnetClient:
    return OnetClient(ONET_KEY)


@pytest.fixture
def cos(sleeps: list[float]) -> CareerOneStopClient:
    return CareerOneStopClient(COS_TOKEN, COS_USER)


def occupation(n: int) -> dict[str, Any]:
    code = f"15-{1200 + n:04d}.00"
    return {"href": f"{ONET_BASE}/online/occupations/{code}/", "code": code, "title": f"Occupation {n}", "tags": {}}


def onet_listing(
    total: int, *, items: int | None = None, start_shift: int = 0
) -> Callable[[httpx.Request], httpx.Response]:
    """A side effect serving `total` occupations in start/end windows, like O*NET's paged listings."""

    def respond(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("start", 1))
        end = min(int(request.url.params.get("end", start + 19)), total)
        count = max(0, end - start + 1) if items is None else items
        body = {
            "start": start + start_shift,
            "end": end,
            "total": total,
            "occupation": [occupation(i) for i in range(start, start + count)],
        }
        return httpx.Response(200, json=body)

    return respond


def onet_occupations(total: int, overview: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    """A side effect for O*NET's occupation paths: the listing of `total`, for 99-9999.00 the contract fixture's
    unknown-code answer (422, contract_tests/fixtures/onet/get_details_tasks__unknown_code.json), else `overview`."""
    listing = onet_listing(total)
    unknown = json.loads(UNKNOWN_CODE_FIXTURE.read_text(encoding="utf-8"))["response"]

    def respond(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/online/occupations/":
            return listing(request)
        if path.startswith("/online/occupations/99-9999.00/"):
            return httpx.Response(unknown["status"], json=unknown["body"])
        return httpx.Response(200, json=overview)

    return respond


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A 127.0.0.1 server the test programs (see localserver.py)."""
    yield from serve()


@pytest.fixture(autouse=True)
def fresh_drift_reports() -> Iterator[None]:
    """Drift is logged once per process and path; each test starts as a new process would."""
    from careeronestop_client._core import tolerance as cos_tolerance
    from onet_client._core import tolerance as onet_tolerance

    for module in (onet_tolerance, cos_tolerance):
        module._reported.clear()
    yield
