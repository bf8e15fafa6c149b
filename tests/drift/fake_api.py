"""A real HTTP server on 127.0.0.1 that answers like an API by serving fixtures (for `drift.py live` tests).

It matches each request's method, path and query against the fixtures' requests, insists on the
credentials the live run must send (X-API-Key for O*NET; Authorization: Bearer plus the userId path
segment for CareerOneStop) and answers 401 without them. Bodies can be replaced per fixture to simulate
drift, and a fixture can be made to answer 429 first to exercise Retry-After handling.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from driftlib.fixtures import Fixture

Mutation = Callable[[Any], Any]


@dataclass
class FakeApi:
    """What the server serves and what it saw."""

    api: str
    fixtures: list[Fixture]
    key: str = ""
    token: str = ""
    user_id: str = ""
    mutations: dict[str, Mutation] = field(default_factory=dict)  # fixture file name -> body transform
    rate_limit_once: dict[str, str] = field(default_factory=dict)  # fixture file name -> Retry-After value
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # method, path, headers
    rejected: int = 0

    def route(self, method: str, path: str, query: list[tuple[str, str]]) -> Fixture | None:
        for fixture in self.fixtures:
            request = fixture.request
            expected = str(request["path"])
            for name, value in request["pathParams"].items():
                value = self.user_id if (self.api == "careeronestop" and name == "userId") else value
                expected = expected.replace("{" + name + "}", quote(str(value), safe=""))
            wanted = sorted(
                (k, v) for k, vals in request["query"].items() for v in (vals if isinstance(vals, list) else [vals])
            )
            if request["method"] == method and expected == path and wanted == sorted(query):
                return fixture
        return None

    def authorized(self, path: str, headers: dict[str, str]) -> bool:
        if self.api == "onet":
            return headers.get("x-api-key") == self.key
        return headers.get("authorization") == f"Bearer {self.token}" and f"/{self.user_id}/" in f"{path}/"


def _handler(fake: FakeApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

        def _answer(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _serve(self) -> None:
            url = urlsplit(self.path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            length = int(headers.get("content-length", "0") or 0)
            if length:
                self.rfile.read(length)
            fake.seen.append((self.command, url.path, headers))
            if not fake.authorized(url.path, headers):
                fake.rejected += 1
                self._answer(401, {"Message": "Authorization has been denied for this request."})
                return
            fixture = fake.route(self.command, url.path, parse_qsl(url.query, keep_blank_values=True))
            if fixture is None:
                self._answer(404, {"Message": "No HTTP resource was found that matches the request URI."})
                return
            if fixture.name in fake.rate_limit_once:
                self._answer(
                    429, {"Message": "Too many requests"}, {"Retry-After": fake.rate_limit_once.pop(fixture.name)}
                )
                return
            body = json.loads(json.dumps(fixture.body))
            mutate = fake.mutations.get(fixture.name)
            if mutate is not None:
                body = mutate(body)
            self._answer(fixture.status, body)

        do_GET = _serve
        do_POST = _serve

    return Handler


@contextmanager
def serve(fake: FakeApi) -> Iterator[str]:
    """Run the fake API in a thread; yields its base URL (http://127.0.0.1:<port>)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-api", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
