"""A forward proxy on 127.0.0.1 for proxy tests: plain HTTP forwarding and CONNECT tunnels, every request recorded.

Written for these tests (no third-party proxy): absolute-form requests (`GET http://host:port/path`) are forwarded
with http.client; CONNECT opens a TCP tunnel and relays bytes both ways until either side closes.
"""

from __future__ import annotations

import contextlib
import http.client
import select
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "proxy-connection", "proxy-authorization", "keep-alive", "transfer-encoding", "te"}


@dataclass(frozen=True)
class Proxied:
    """A request as the proxy received it: CONNECT host:port, or an absolute URL."""

    method: str
    target: str
    proxy_authorization: str | None


class ForwardProxy:
    """Serves as an HTTP proxy on 127.0.0.1 and records every request it was asked to carry."""

    def __init__(self) -> None:
        self.seen: list[Proxied] = []
        self._lock = threading.Lock()
        proxy = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _record(self) -> None:
                with proxy._lock:
                    proxy.seen.append(Proxied(self.command, self.path, self.headers.get("Proxy-Authorization")))

            def do_CONNECT(self) -> None:
                self._record()
                host, _, port = self.path.rpartition(":")
                upstream = socket.create_connection((host, int(port)), timeout=10)
                self.send_response(200, "Connection established")
                self.end_headers()
                self.close_connection = True
                sockets = [self.connection, upstream]
                with contextlib.suppress(OSError), upstream:
                    while True:
                        readable, _, _ = select.select(sockets, [], [], 10)
                        if not readable:
                            return
                        for source in readable:
                            data = source.recv(65536)
                            if not data:
                                return
                            (upstream if source is self.connection else self.connection).sendall(data)

            def _forward(self) -> None:
                self._record()
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                upstream = http.client.HTTPConnection(parts.hostname or "", parts.port or 80, timeout=10)
                try:
                    path = parts.path + (f"?{parts.query}" if parts.query else "")
                    upstream.request(self.command, path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    content = answer.read()
                    self.send_response(answer.status, answer.reason)
                    for name, value in answer.getheaders():
                        if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                            self.send_header(name, value)
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                finally:
                    upstream.close()

            do_GET = _forward
            do_POST = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.002}, daemon=True)

    def url(self, credentials: str = "") -> str:
        """The proxy's URL, with `user:password@` when credentials are given."""
        return f"http://{credentials + '@' if credentials else ''}127.0.0.1:{self.port}"

    def __enter__(self) -> ForwardProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def running_proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as proxy:
        yield proxy
