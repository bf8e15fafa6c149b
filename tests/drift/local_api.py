"""The HTTP side of the local test APIs (fake_api, scripted_api): a quiet threaded server on 127.0.0.1.

An API object decides each answer from the request (method, target, lower-cased headers); this module reads
the request body, writes the answer and runs the server for the length of a `with` block.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

Answer = tuple[int, dict[str, str], bytes]  # status, headers, body
JSON_TYPE = {"Content-Type": "application/json; charset=utf-8"}


def json_answer(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, {**JSON_TYPE, **(headers or {})}, json.dumps(body).encode()


class Responder(Protocol):
    def respond(self, method: str, target: str, headers: dict[str, str]) -> Answer: ...


def _handler(api: Responder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

        def _serve(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            length = int(headers.get("content-length", "0") or 0)
            if length:
                self.rfile.read(length)
            status, answer_headers, body = api.respond(self.command, self.path, headers)
            self.send_response(status)
            for name, value in answer_headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = _serve
        do_POST = _serve

    return Handler


@contextmanager
def serve(api: Responder) -> Iterator[str]:
    """Run the API in a thread; yields its base URL (http://127.0.0.1:<port>)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    # Shutdown waits up to one poll interval for the serving loop to notice: keep it short (a select() each time).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.002}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
