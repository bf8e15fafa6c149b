"""A programmable HTTP/1.1 server on 127.0.0.1 for fault tests: each reply may be cut, stalled or malformed."""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

POLL_INTERVAL = 0.002  # seconds; a select() per interval while the server lives costs next to nothing


@dataclass
class Reply:
    """What the server sends: a status, headers and body, optionally broken in one of a few ways."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    fault: str | None = None  # "reset" (half the body, then close), "stall" (half, then wait), "no-gzip"
    stall: float = 3.0

    @classmethod
    def json(cls, data: Any, status: int = 200, /, **headers: str) -> Reply:
        return cls(status, json.dumps(data).encode(), {"Content-Type": "application/json", **headers})


@dataclass(frozen=True)
class Seen:
    """A request as the server received it."""

    method: str
    raw_path: str  # as sent, percent-encoding intact
    path: str  # decoded
    query: dict[str, str]
    headers: dict[str, str]


Handler = Callable[[Seen, int], Reply]


class _QuietServer(ThreadingHTTPServer):
    """Connections the client dropped (what the fault tests provoke) end their handler silently.

    socketserver prints any other handler error's traceback from the handler's thread; on Python 3.11 that
    formatting parses source with `ast` while the test in the main thread may be parsing too, and the
    interpreter's shared AST state then fails the main thread's parse with a SystemError.
    """

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class LocalServer:
    """Serves `handler(request, n)` (n = 0-based request count) and records every request; over TLS when given a
    server-side SSLContext (e.g. from trustme), at https://127.0.0.1:<port>."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.handler: Handler = lambda seen, n: Reply.json({})
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        # Set by stop(): a stalled reply ends with its test rather than seconds later, in whatever test runs then.
        self._stopping = threading.Event()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                return

            def do_GET(self) -> None:
                self._serve()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self._serve()

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                seen = Seen(
                    self.command,
                    parts.path,
                    unquote(parts.path),
                    dict(parse_qsl(parts.query)),
                    {k.lower(): v for k, v in self.headers.items()},
                )
                with server._lock:
                    number = len(server.requests)
                    server.requests.append(seen)
                reply = server.handler(seen, number)
                body = reply.body
                headers = dict(reply.headers)
                if reply.fault == "no-gzip":
                    headers["Content-Encoding"] = "gzip"  # declared, but the body is plain
                elif "gzip" in headers.get("Content-Encoding", ""):
                    body = gzip.compress(body)
                self.send_response(reply.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if reply.fault in ("reset", "stall"):
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    if reply.fault == "stall":
                        server._stopping.wait(reply.stall)
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.wfile.write(body)

        self._server = _QuietServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        if tls is not None:  # each accepted connection does its handshake before it is handled
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self._server.server_address[1]}"
        # stop() waits for the serving loop to notice, up to one poll interval: short, as a test starts one per case.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": POLL_INTERVAL}, daemon=True
        )

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()


def serve() -> Iterator[LocalServer]:
    server = LocalServer().start()
    try:
        yield server
    finally:
        server.stop()
