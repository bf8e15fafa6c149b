"""The default TLS context is built once and shared by every client; any other `verify` keeps its own."""

from __future__ import annotations

import ssl
import threading
from typing import Any

import httpx
import pytest
from careeronestop_client import CareerOneStopClient
from onet_client import OnetClient
from onet_client._core import tls

HTTP_TRANSPORTS = (httpx.HTTPTransport, httpx.AsyncHTTPTransport)
# Where each layer of the stack keeps the one below it (ours, httpx-retries', the cache's).
NEXT_LAYER = ("_inner", "_sync_transport", "_async_transport", "_transport", "next_transport")


def bottom(layer: Any) -> httpx.HTTPTransport | httpx.AsyncHTTPTransport:
    """The httpx transport at the bottom of an SDK client's stack."""
    for _ in range(10):
        if isinstance(layer, HTTP_TRANSPORTS):
            return layer
        layer = next(getattr(layer, name) for name in NEXT_LAYER if getattr(layer, name, None) is not None)
    raise AssertionError("no httpx transport under the stack")


def context_of(client: Any) -> ssl.SSLContext:
    """The TLS context the bottom transport of an SDK client's httpx client connects with."""
    found = bottom(client._transport)._pool._ssl_context
    assert found is not None
    return found


def test_default_clients_share_one_verifying_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # certifi's bundle, whatever the machine's environment
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    first = OnetClient("tls-key-1", base_url="https://onet.example")
    shared = context_of(first.get_httpx_client())
    built: list[object] = []

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(args)
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

    monkeypatch.setattr(ssl, "create_default_context", counting)
    others = [
        OnetClient("tls-key-2").get_httpx_client(),
        first.get_async_httpx_client(),
        first._raw_twin().get_httpx_client(),
        first.with_options(timeout=3).get_httpx_client(),
        OnetClient("tls-key-3", httpx_args={"verify": True}).get_httpx_client(),
    ]
    assert all(context_of(other) is shared for other in others)
    assert built == []  # no CA bundle loaded again
    assert shared.verify_mode == ssl.CERT_REQUIRED and shared.check_hostname
    assert shared.cert_store_stats()["x509_ca"] > 0  # the CA bundle is loaded: https verifies as httpx's default
    assert shared is tls.default_context()


def test_custom_verify_gets_its_own_context() -> None:
    shared = tls.default_context()
    mine = ssl.create_default_context()
    own = OnetClient("tls-key-4", httpx_args={"verify": mine})
    assert context_of(own.get_httpx_client()) is mine
    assert context_of(own.get_async_httpx_client()) is mine
    unverified = context_of(OnetClient("tls-key-5", httpx_args={"verify": False}).get_httpx_client())
    assert unverified is not shared and unverified.verify_mode == ssl.CERT_NONE and not unverified.check_hostname
    untrusting = CareerOneStopClient("tls-token", "tls-user", httpx_args={"trust_env": False})
    assert context_of(untrusting.get_httpx_client()).verify_mode == ssl.CERT_REQUIRED


def test_ca_file_from_the_environment_gets_its_own_shared_context(monkeypatch: pytest.MonkeyPatch) -> None:
    import certifi

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default = tls.default_context()
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    from_env = tls.default_context()
    assert from_env is not default and from_env is tls.default_context()
    assert tls.default_context(trust_env=False) is default  # trust_env=False ignores the variable, like httpx


def test_threads_racing_for_the_first_context_build_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tls, "_CONTEXTS", {})
    built: list[ssl.SSLContext] = []
    original = httpx.create_ssl_context

    def slow_create(**kwargs: Any) -> ssl.SSLContext:
        threading.Event().wait(0.02)  # widen the window in which an unlocked check would race
        built.append(original(**kwargs))
        return built[-1]

    monkeypatch.setattr(httpx, "create_ssl_context", slow_create)
    start = threading.Barrier(8)
    seen: list[ssl.SSLContext] = []

    def worker() -> None:
        start.wait()
        seen.append(tls.default_context())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert len(built) == 1
    assert len(seen) == 8 and all(context is built[0] for context in seen)


def test_a_proxy_goes_under_the_sdk_stack_not_around_it() -> None:
    """httpx.Client(proxy=...) beside a transport would mount the proxy in front of it, bypassing the SDK's stack."""
    client = OnetClient("tls-key-6", httpx_args={"proxy": "http://127.0.0.1:9"})
    http = client.get_httpx_client()
    assert not http._mounts
    pool = bottom(http._transport)._pool
    assert type(pool).__name__ == "HTTPProxy" and pool._ssl_context is tls.default_context()
