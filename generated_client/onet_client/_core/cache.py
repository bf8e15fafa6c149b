"""Opt-in response cache (hishel 2), keyed per credentials and storing no secret.

The cache is the client's innermost transport layer. Entries are keyed by a digest of the credentials plus
method and URL, so two API keys or userIds never share an entry; before an entry is written, the stored
request loses its credential header and has its URL and headers passed through the client's redactor, and a
credential the API echoes in a response body is replaced by its placeholder (with the cache on, that is also
what the caller gets), so the SQLite file holds placeholders (`{userId}`), never the key, token or userId.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .spec_index import PACKAGE

if TYPE_CHECKING:
    import hishel

CacheSetting = bool | Literal["memory"] | str | Path
DEFAULT_TTL = 7 * 24 * 3600.0  # seconds; O*NET publishes quarterly, CareerOneStop data changes slowly too
CACHE_FILE = "http-cache.sqlite"


def default_path() -> Path:
    """The SQLite file in the user cache directory (platformdirs), one per package."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(PACKAGE, appauthor=False)) / CACHE_FILE


def database(setting: CacheSetting) -> Path | None:
    """None for an in-memory cache, else the SQLite file to use; TypeError for anything else."""
    if setting == "memory":
        return None
    if setting is True:
        return default_path()
    if isinstance(setting, str | Path) and not isinstance(setting, bool):
        return Path(setting)
    raise TypeError(f"cache must be False, True, 'memory' or a file path, not {setting!r}")


def scope(secrets: list[str]) -> str:
    """A digest of the credentials that separates cache entries of different keys or userIds."""
    digest = hashlib.sha256(PACKAGE.encode())
    for secret in secrets:
        digest.update(b"\0" + secret.encode())
    return digest.hexdigest()


@dataclasses.dataclass(frozen=True)
class Scrubber:
    """Turns a request into what may be stored: no credential header, secrets replaced by placeholders."""

    redact: Callable[[str], str]
    secret_headers: frozenset[str]

    def request(self, request: Any) -> Any:
        import hishel

        headers = {
            name: [self.redact(value) for value in request.headers.get_list(name) or []]
            for name in request.headers
            if name.lower() not in self.secret_headers
        }
        return dataclasses.replace(request, url=self.redact(request.url), headers=hishel.Headers(headers))


def _require_hishel() -> None:
    try:
        import hishel  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError("cache= needs hishel: pip install 'dol-career-sdks[cache]'") from exc


def sync_storage(setting: CacheSetting, ttl: float, scrubber: Scrubber) -> hishel.SqliteStorage:
    _require_hishel()
    import hishel

    class ScrubbedStorage(hishel.SqliteStorage):
        def create_entry(self, request: Any, response: Any, key: str, **kwargs: Any) -> Any:
            return super().create_entry(scrubber.request(request), response, key, **kwargs)

    path = database(setting)
    if path is None:
        import sqlite3  # here, not at the top: a client without cache imports no sqlite3

        return ScrubbedStorage(connection=sqlite3.connect(":memory:", check_same_thread=False), default_ttl=ttl)
    path.parent.mkdir(parents=True, exist_ok=True)
    return ScrubbedStorage(database_path=path, default_ttl=ttl)


def async_storage(setting: CacheSetting, ttl: float, scrubber: Scrubber) -> hishel.AsyncSqliteStorage:
    """Called inside the event loop (the async httpx client is built on first use)."""
    _require_hishel()
    import hishel

    class ScrubbedStorage(hishel.AsyncSqliteStorage):
        async def create_entry(self, request: Any, response: Any, key: str, **kwargs: Any) -> Any:
            return await super().create_entry(scrubber.request(request), response, key, **kwargs)

    path = database(setting)
    if path is None:
        import sqlite3

        import anysqlite

        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        return ScrubbedStorage(connection=anysqlite.Connection(connection), default_ttl=ttl)
    path.parent.mkdir(parents=True, exist_ok=True)
    return ScrubbedStorage(database_path=path, default_ttl=ttl)


def _without_echoed_secrets(
    request: httpx.Request, response: httpx.Response, redact: Callable[[str], str]
) -> httpx.Response:
    """The response, or a copy whose body has echoed credentials replaced by placeholders (before storing)."""
    body = response.content
    cleaned = redact(body.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    if cleaned == body:
        return response
    headers = [
        (k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-length", "content-encoding")
    ]
    return httpx.Response(
        response.status_code, headers=headers, content=cleaned, extensions=response.extensions, request=request
    )


class _EchoGuard(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Under the cache: an API that echoes a credential in a body must not get it stored."""

    def __init__(self, inner: Any, redact: Callable[[str], str]) -> None:
        self._inner, self._redact = inner, redact

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self._inner.handle_request(request)
        response.read()
        return _without_echoed_secrets(request, response, self._redact)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self._inner.handle_async_request(request)
        await response.aread()
        return _without_echoed_secrets(request, response, self._redact)

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


def _keyed(request: httpx.Request, scope_digest: str) -> httpx.Request:
    key = hashlib.sha256(f"{scope_digest} {request.method} {request.url}".encode()).hexdigest()
    request.extensions = {**request.extensions, "caching": {"key": key}}
    return request


class _KeyedCache(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A hishel cache transport (sync or async) whose entries are keyed by credentials + method + URL."""

    def __init__(self, cache: Any, scope_digest: str) -> None:
        self._cache, self._scope = cache, scope_digest

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self._cache.handle_request(_keyed(request, self._scope))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self._cache.handle_async_request(_keyed(request, self._scope))
        return response

    def close(self) -> None:
        self._cache.close()

    async def aclose(self) -> None:
        await self._cache.aclose()


def sync_cache(
    inner: httpx.BaseTransport, setting: CacheSetting, ttl: float, scope_digest: str, scrubber: Scrubber
) -> httpx.BaseTransport:
    """`inner` under hishel's cache, with scrubbed entries keyed by credentials + method + URL."""
    from hishel.httpx import CacheTransport

    storage = sync_storage(setting, ttl, scrubber)
    return _KeyedCache(CacheTransport(_EchoGuard(inner, scrubber.redact), storage=storage), scope_digest)


def async_cache(
    inner: httpx.AsyncBaseTransport, setting: CacheSetting, ttl: float, scope_digest: str, scrubber: Scrubber
) -> httpx.AsyncBaseTransport:
    """The async twin of sync_cache (called inside the event loop: the async httpx client is built on first use)."""
    from hishel.httpx import AsyncCacheTransport

    storage = async_storage(setting, ttl, scrubber)
    return _KeyedCache(AsyncCacheTransport(_EchoGuard(inner, scrubber.redact), storage=storage), scope_digest)
