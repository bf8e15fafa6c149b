"""A scripted HTTP server on 127.0.0.1 for `drift.py live` tests: each path answers from its own queue.

An answer is (status, headers, body bytes); the last answer of a queue repeats. Paths without a script
answer the fixture body recorded for them, so a test scripts only the exchanges it is about.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

Answer = tuple[int, dict[str, str], bytes]
JSON_TYPE = {"Content-Type": "application/json; charset=utf-8"}


def json_answer(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, {**JSON_TYPE, **(headers or {})}, json.dumps(body).encode()


@dataclass
class ScriptedApi:
    """Answers by request path; records every request (method, path, headers)."""

    scripts: dict[str, list[Answer]] = field(default_factory=dict)
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    def answer(self, path: str) -> Answer:
        queue = self.scripts.get(path)
        if not queue:
            return json_answer(404, {"error": "not scripted"})
        return queue.pop(0) if len(queue) > 1 else queue[0]


def _handler(api: ScriptedApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _serve(self) -> None:
            path = urlsplit(self.path).path
            api.seen.append((self.command, path, {k.lower(): v for k, v in self.headers.items()}))
            length = int(self.headers.get("Content-Length", "0") or 0)
            if length:
                self.rfile.read(length)
            status, headers, body = api.answer(path)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = _serve
        do_POST = _serve

    return Handler


@contextmanager
def serve(api: ScriptedApi) -> Iterator[str]:
    """Run the scripted API in a thread; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
