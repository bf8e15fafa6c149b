"""ONET_LOG / CAREERONESTOP_LOG: one line per request (method, path template, status, elapsed, retries), no secret.

The secrets test runs real traffic (a 127.0.0.1 API stand-in behind a 127.0.0.1 forward proxy with credentials)
at debug level and captures every record of every logger, plus what the SDK's own stderr handler wrote.
"""

from __future__ import annotations

import base64
import io
import logging
import re
from collections.abc import Iterator

import httpx
import pytest
from careeronestop_client import CareerOneStopClient
from careeronestop_client._core import logs as cos_logs
from careeronestop_client.exceptions import CareerOneStopError
from onet_client import OnetClient
from onet_client._core import logs as onet_logs
from onet_client._core.redaction import Redactor
from onet_client.exceptions import NotFoundError

from .conftest import COS_TOKEN, COS_USER, ONET_KEY
from .forwardproxy import ForwardProxy
from .localserver import LocalServer, Reply

PROXY_USER, PROXY_PASSWORD = "proxy-user-q7", "pr0xy-pa55-z9"
LINE = re.compile(r"^(GET|POST) (/\S*) (.+) in \d+\.\d{3}s \((\d+) retr(?:y|ies)\)$")
TOUCHED = ("onet_client", "careeronestop_client", "httpx", "httpx_retries", "httpcore")


@pytest.fixture(autouse=True)
def restore_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test switches logging on from scratch; levels, handlers and the SDK's stderr handler are put back."""
    loggers = [logging.getLogger(name) for name in (*TOUCHED, "")]
    saved = [(logger, logger.level, list(logger.handlers)) for logger in loggers]
    monkeypatch.setattr(onet_logs, "_handler", None)
    monkeypatch.setattr(cos_logs, "_handler", None)
    yield
    for logger, level, handlers in saved:
        logger.setLevel(level)
        logger.handlers[:] = handlers


def sdk_output(module: object) -> io.StringIO:
    """Redirect the stderr handler a package installed (from its <API>_LOG) into a buffer."""
    handler = getattr(module, "_handler", None)
    assert isinstance(handler, logging.StreamHandler), "the <API>_LOG variable installed no handler"
    buffer = io.StringIO()
    handler.setStream(buffer)
    return buffer


def test_onet_log_info_prints_one_line_per_request(monkeypatch: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    calls = {"n": 0}

    def api(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if request.url.path.startswith("/online/occupations/"):
            return httpx.Response(404, json={"error": "Occupation not found"})
        if calls["n"] == 2:
            return httpx.Response(503)
        return httpx.Response(200, json={"start": 1, "end": 0, "total": 0, "occupation": []})

    httpcore_level = logging.getLogger("httpcore").level
    monkeypatch.setenv("ONET_LOG", "info")
    onet = OnetClient(ONET_KEY, httpx_args={"transport": httpx.MockTransport(api)})
    out = sdk_output(onet_logs)
    onet.online.search_occupations(keyword="nurse")
    onet.online.search_occupations(keyword="nurse")  # a 503, retried
    with pytest.raises(NotFoundError):
        onet.online.get_occupation_overview("15-1252.00")
    lines = [line.split(" INFO ", 1)[1] for line in out.getvalue().splitlines()]
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    rows = [(m.group(1), m.group(2), m.group(3), m.group(4)) for m in parsed if m]
    assert rows == [
        ("GET", "/online/search", "200", "0"),
        ("GET", "/online/search", "200", "1"),
        ("GET", "/online/occupations/{code}/", "404 NotFoundError", "0"),  # the template, not 15-1252.00
    ]
    assert logging.getLogger("onet_client").level == logging.INFO
    httpcore = logging.getLogger("httpcore")  # info: the SDK's lines only, the libraries' loggers untouched
    assert httpcore.level == httpcore_level and onet_logs._handler not in httpcore.handlers


def test_without_the_variable_nothing_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ONET_LOG", raising=False)
    OnetClient(ONET_KEY)
    assert onet_logs._handler is None
    monkeypatch.setenv("ONET_LOG", "loud")
    with pytest.warns(UserWarning, match="ONET_LOG='loud'"):
        OnetClient(ONET_KEY)
    assert onet_logs._handler is None


def test_the_variable_names_come_from_apis_toml() -> None:
    import tomllib
    from pathlib import Path

    table = tomllib.loads((Path(__file__).parents[2] / "openapi" / "apis.toml").read_text(encoding="utf-8"))
    assert onet_logs.log_env() == table["onet"]["log_env"]
    assert cos_logs.log_env() == table["careeronestop"]["log_env"]


def test_debug_logging_of_real_traffic_never_shows_a_secret(
    monkeypatch: pytest.MonkeyPatch, server: LocalServer, sleeps: list[float]
) -> None:
    # Each API stand-in echoes its own client's secrets and the proxy's (a client redacts what it knows).
    proxy_echo = f"proxy {PROXY_USER}:{PROXY_PASSWORD}"

    def api(seen: object, n: int) -> Reply:
        if n == 0:
            return Reply.json({"Message": f"token {COS_TOKEN} user {COS_USER} {proxy_echo}"}, 500)  # retried
        if n == 1:
            return Reply.json({"Message": f"user {COS_USER} {proxy_echo}"}, 404)
        echo = f"{'-' * 44}{ONET_KEY} {proxy_echo}"  # the key across where a drift warning's excerpt is cut
        return Reply.json({"start": 1, "end": 0, "total": 0, "occupation": [], "echo": echo})

    server.handler = api
    everything = io.StringIO()
    root_handler = logging.StreamHandler(everything)
    root_handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(root_handler)
    root.setLevel(logging.DEBUG)  # every logger that does not set its own level now emits DEBUG
    monkeypatch.setenv("ONET_LOG", "debug")
    monkeypatch.setenv("CAREERONESTOP_LOG", "DEBUG")
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url(f"{PROXY_USER}:{PROXY_PASSWORD}"))
        cos = CareerOneStopClient(COS_TOKEN, COS_USER, base_url=server.url)
        onet = OnetClient(ONET_KEY, base_url=server.url)
        onet_out, cos_out = sdk_output(onet_logs), sdk_output(cos_logs)
        errors = []
        with pytest.raises(CareerOneStopError) as first:
            cos.occupation.get_details("29-1141.00", "US")
        errors.append(first.value)
        with pytest.raises(CareerOneStopError) as invalid:  # the argument quotes a secret: refused, redacted
            cos.occupation.get_details(f"{COS_TOKEN}/{COS_USER}", "US")
        errors.append(invalid.value)
        assert onet.online.search_occupations(keyword="nurse").total == 0
        assert len(proxy.seen) == 3 and proxy.seen[0].proxy_authorization
    captured = everything.getvalue() + onet_out.getvalue() + cos_out.getvalue()
    assert "GET /v1/occupation/{userId}/{keyword}/{location}" in cos_out.getvalue()
    assert "GET /online/search 200" in onet_out.getvalue()
    assert "httpcore" in captured and "httpx_retries" in captured  # the libraries' own debug lines are in too
    texts = [captured, *(str(e) for e in errors), *(repr(e) for e in errors)]
    secrets = [COS_TOKEN, COS_USER, ONET_KEY, PROXY_USER, PROXY_PASSWORD, f"{PROXY_USER}:{PROXY_PASSWORD}"]
    detector = Redactor(dict.fromkeys(secrets, "<found>"))  # every encoding the SDK's redactor knows
    for text in texts:
        assert detector(text) == text, f"a secret leaked: {detector(text)[:400]}"
        assert base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode() not in text
        assert ONET_KEY[:12] not in text  # not even a secret cut short by an excerpt
