"""Proxies and CA files from the environment, as httpx honours them, under the SDK's own stack.

A forward proxy (forwardproxy.py) and the API stand-ins (localserver.py, over TLS with a trustme CA) run on
127.0.0.1 for each test; nothing leaves the machine.
"""

from __future__ import annotations

import base64
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from careeronestop_client import CareerOneStopClient
from careeronestop_client.exceptions import CareerOneStopError
from onet_client import AsyncOnetClient, OnetClient
from onet_client.exceptions import APIConnectionError, InvalidParameterError
from onet_client.resources import Namespaces

from .conftest import COS_TOKEN, COS_USER, ONET_KEY
from .forwardproxy import ForwardProxy, running_proxy
from .localserver import LocalServer, Reply

PROXY_USER, PROXY_PASSWORD = "proxy-user-q7", "pr0xy-pa55-z9"
EMPTY_SEARCH = {"start": 1, "end": 0, "total": 0, "occupation": []}


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    yield from running_proxy()


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[LocalServer]:
    """An API stand-in at https://127.0.0.1:<port>, its certificate signed by the test's own CA."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = LocalServer(tls=context).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def search(client: Namespaces) -> int | None:
    return client.online.search_occupations(keyword="nurse").total


def test_http_proxy_from_the_environment_carries_requests_under_the_sdk_stack(
    proxy: ForwardProxy, server: LocalServer, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url(f"{PROXY_USER}:{PROXY_PASSWORD}"))
    server.handler = lambda seen, n: Reply.json({}, 503) if n == 0 else Reply.json({"OccupationDetail": []})
    cos = CareerOneStopClient(COS_TOKEN, COS_USER, base_url=server.url)
    answer = cos.occupation.get_details.raw("29-1141.00", "US")
    assert answer.status_code == 200
    # Retried (503, then 200) and the userId filled in below the retries: both attempts went through the proxy.
    assert [p.method for p in proxy.seen] == ["GET", "GET"]
    assert all(p.target.startswith(f"{server.url}/v1/occupation/{COS_USER}/29-1141.00/US") for p in proxy.seen)
    assert {p.proxy_authorization for p in proxy.seen} == {basic(PROXY_USER, PROXY_PASSWORD)}
    assert [s.path for s in server.requests] == [f"/v1/occupation/{COS_USER}/29-1141.00/US"] * 2
    assert len(sleeps) == 1
    with pytest.raises(CareerOneStopError, match="parameter `keyword`"):  # checks first: nothing reaches the proxy
        cos.occupation.get_details("../about", "US")
    assert len(proxy.seen) == 2


def test_connect_tunnel_to_a_tls_server_trusted_through_ssl_cert_file(
    proxy: ForwardProxy, tls_server: LocalServer, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tls_server.handler = lambda seen, n: Reply.json(EMPTY_SEARCH)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url(f"{PROXY_USER}:{PROXY_PASSWORD}"))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with pytest.raises(APIConnectionError) as untrusted:  # the machine's CAs do not know the test's CA
        search(OnetClient(ONET_KEY, base_url=tls_server.url, max_retries=0))
    assert "certificate" in str(untrusted.value).lower()
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    assert search(OnetClient(ONET_KEY, base_url=tls_server.url)) == 0
    port = tls_server.url.rsplit(":", 1)[1]
    assert [(p.method, p.target) for p in proxy.seen] == [("CONNECT", f"127.0.0.1:{port}")] * 2
    assert proxy.seen[-1].proxy_authorization == basic(PROXY_USER, PROXY_PASSWORD)
    assert tls_server.requests[-1].headers["x-api-key"] == ONET_KEY  # the key travelled inside the tunnel only


@pytest.mark.skipif(shutil.which("openssl") is None, reason="naming a CA directory's files needs `openssl rehash`")
def test_ssl_cert_dir_is_honoured_too(
    proxy: ForwardProxy, tls_server: LocalServer, ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tls_server.handler = lambda seen, n: Reply.json(EMPTY_SEARCH)
    ca.cert_pem.write_to_path(str(tmp_path / "test-ca.pem"))
    subprocess.run(["openssl", "rehash", str(tmp_path)], check=True, capture_output=True)  # <hash>.0 -> the CA
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    monkeypatch.setenv("HTTPS_PROXY", proxy.url())
    assert search(OnetClient(ONET_KEY, base_url=tls_server.url)) == 0
    assert [p.method for p in proxy.seen] == ["CONNECT"]


async def test_async_clients_tunnel_and_forward_through_the_proxy(
    proxy: ForwardProxy,
    tls_server: LocalServer,
    server: LocalServer,
    ca_file: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tls_server.handler = server.handler = lambda seen, n: Reply.json(EMPTY_SEARCH)
    monkeypatch.setenv("ALL_PROXY", proxy.url(f"{PROXY_USER}:{PROXY_PASSWORD}"))
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    for base_url in (tls_server.url, server.url):
        aonet = AsyncOnetClient(ONET_KEY, base_url=base_url)
        assert (await aonet.online.search_occupations(keyword="nurse")).total == 0
        await aonet.aclose()
    assert [p.method for p in proxy.seen] == ["CONNECT", "GET"]
    assert proxy.seen[1].target.startswith(f"{server.url}/online/search?keyword=nurse")
    assert {p.proxy_authorization for p in proxy.seen} == {basic(PROXY_USER, PROXY_PASSWORD)}


def test_no_proxy_bypasses_the_proxy(proxy: ForwardProxy, server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.handler = lambda seen, n: Reply.json(EMPTY_SEARCH)
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    assert search(OnetClient(ONET_KEY, base_url=server.url)) == 0
    assert len(proxy.seen) == 1
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    assert search(OnetClient(ONET_KEY, base_url=server.url)) == 0
    assert len(proxy.seen) == 1 and len(server.requests) == 2


def test_trust_env_false_ignores_the_environment(
    proxy: ForwardProxy, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.handler = lambda seen, n: Reply.json(EMPTY_SEARCH)
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    assert search(OnetClient(ONET_KEY, base_url=server.url, trust_env=False)) == 0
    assert search(OnetClient(ONET_KEY, base_url=server.url, httpx_args={"trust_env": False})) == 0
    assert proxy.seen == [] and len(server.requests) == 2


def test_explicit_proxy_wins_over_the_environment(
    proxy: ForwardProxy, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.handler = lambda seen, n: Reply.json(EMPTY_SEARCH)
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    assert search(OnetClient(ONET_KEY, base_url=server.url, httpx_args={"proxy": proxy.url()})) == 0
    assert len(proxy.seen) == 1


def test_proxy_credentials_stay_out_of_errors_and_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:9")  # refused
    onet = OnetClient(ONET_KEY, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        search(onet)
    bad = OnetClient(ONET_KEY, httpx_args={"proxy": f"http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:9"})
    texts = [str(caught.value), repr(caught.value), repr(onet), repr(bad), str(bad)]
    for text in texts:
        assert PROXY_PASSWORD not in text and PROXY_USER not in text
    assert onet._redact(f"via http://{PROXY_USER}:{PROXY_PASSWORD}@proxy") == "via http://***@proxy"


def test_a_proxy_user_name_is_not_redacted_out_of_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the password (and user:password) are secrets: a user named like a word must not garble messages."""
    monkeypatch.setenv("HTTPS_PROXY", f"http://online:{PROXY_PASSWORD}@127.0.0.1:9")  # refused
    with pytest.raises(APIConnectionError) as caught:
        search(OnetClient(ONET_KEY, max_retries=0))
    assert str(caught.value).startswith("online.search_occupations: GET /online/search")
    assert PROXY_PASSWORD not in str(caught.value)


def test_an_unusable_proxy_url_is_a_clear_error_without_its_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"ftp://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:9")
    with pytest.raises(InvalidParameterError, match=r"HTTPS_PROXY .*unusable .*'ftp'") as caught:
        OnetClient(ONET_KEY)
    assert caught.value.parameter == "trust_env"
    assert PROXY_USER not in str(caught.value) and PROXY_PASSWORD not in str(caught.value)
    assert caught.value.__context__ is None
    assert search(OnetClient(ONET_KEY, trust_env=False, httpx_args={"transport": _empty()})) == 0
    with pytest.raises(InvalidParameterError, match=r"httpx_args\['proxy'\]") as explicit:
        OnetClient(ONET_KEY, trust_env=False, httpx_args={"proxy": f"ftp://{PROXY_USER}:{PROXY_PASSWORD}@x:1"})
    assert PROXY_USER not in str(explicit.value) and PROXY_PASSWORD not in str(explicit.value)


def _empty() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=EMPTY_SEARCH))
