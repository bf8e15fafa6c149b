"""One SDK client shared by many threads creates exactly one httpx client (lazy creation is locked)."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from onet_client import OnetClient


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_eight_threads_share_one_httpx_client(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from onet_client._core import transport

    created: list[Any] = []
    original = transport.sync_stack if kind == "sync" else transport.async_stack

    def slow_stack(**kwargs: Any) -> Any:
        created.append(1)
        threading.Event().wait(0.02)  # widen the window in which an unlocked check would race
        return original(**kwargs)

    monkeypatch.setattr(transport, "sync_stack" if kind == "sync" else "async_stack", slow_stack)
    client = OnetClient("thread-test-key")
    get = client.get_httpx_client if kind == "sync" else client.get_async_httpx_client
    start = threading.Barrier(8)
    seen: list[httpx.Client | httpx.AsyncClient] = []

    def worker() -> None:
        start.wait()
        seen.append(get())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert len(created) == 1
    assert len(seen) == 8 and all(c is seen[0] for c in seen)
