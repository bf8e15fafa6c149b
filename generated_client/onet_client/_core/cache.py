"""Opt-in response cache (hishel), placed where requests carry placeholders instead of secrets.

The cache layer sits under the retry layer and over the one that adds the credentials, so what it stores
(method, URL, headers, body) holds `{userId}` and no API key or token. Entries are keyed by a digest of the
credentials plus method and URL, so two keys or userIds never share an entry.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Literal

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


def _database(setting: CacheSetting) -> Path | None:
    """None for an in-memory cache, else the SQLite file to use."""
    if setting == "memory":
        return None
    if setting is True:
        return default_path()
    if isinstance(setting, (str, Path)):
        return Path(setting)
    raise TypeError(f"cache must be False, True, 'memory' or a file path, not {setting!r}")


def scope(secrets: list[str]) -> str:
    """A digest of the credentials that separates cache entries of different keys or userIds."""
    digest = hashlib.sha256(PACKAGE.encode())
    for secret in secrets:
        digest.update(b"\0" + secret.encode())
    return digest.hexdigest()


def _key(scope_digest: str, request: httpx.Request) -> str:
    return hashlib.sha256(f"{scope_digest} {request.method} {request.url}".encode()).hexdigest()


def _require_hishel() -> None:
    try:
        import hishel  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError("cache= needs hishel: pip install 'dol-career-sdks[cache]'") from exc


def sync_storage(setting: CacheSetting, ttl: float) -> hishel.SqliteStorage:
    _require_hishel()
    import hishel

    path = _database(setting)
    if path is None:
        return hishel.SqliteStorage(connection=sqlite3.connect(":memory:", check_same_thread=False), default_ttl=ttl)
    path.parent.mkdir(parents=True, exist_ok=True)
    return hishel.SqliteStorage(database_path=path, default_ttl=ttl)


def async_storage(setting: CacheSetting, ttl: float) -> hishel.AsyncSqliteStorage:
    _require_hishel()
    import hishel

    path = _database(setting)
    if path is None:  # called inside the event loop (the async client is built on first use)
        import anysqlite

        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        return hishel.AsyncSqliteStorage(connection=anysqlite.Connection(connection), default_ttl=ttl)
    path.parent.mkdir(parents=True, exist_ok=True)
    return hishel.AsyncSqliteStorage(database_path=path, default_ttl=ttl)


class CacheTransport(httpx.BaseTransport):
    """hishel's cache transport, with entries keyed by credentials + method + URL."""

    def __init__(self, inner: httpx.BaseTransport, storage: hishel.SqliteStorage, scope_digest: str) -> None:
        from hishel.httpx import CacheTransport as HishelCache

        self._cache, self._scope = HishelCache(inner, storage=storage), scope_digest

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions = {**request.extensions, "caching": {"key": _key(self._scope, request)}}
        return self._cache.handle_request(request)

    def close(self) -> None:
        self._cache.close()


class AsyncCacheTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, storage: hishel.AsyncSqliteStorage, scope_digest: str) -> None:
        from hishel.httpx import AsyncCacheTransport as HishelCache

        self._cache, self._scope = HishelCache(inner, storage=storage), scope_digest

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions = {**request.extensions, "caching": {"key": _key(self._scope, request)}}
        return await self._cache.handle_async_request(request)

    async def aclose(self) -> None:
        await self._cache.aclose()
