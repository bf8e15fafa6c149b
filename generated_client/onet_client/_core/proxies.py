"""Proxies from the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY), routed at the bottom of the stack.

httpx.Client reads these only when it builds its own transport; the SDK builds the transport itself (so that
argument checks, retries, userId substitution and redaction stay above it), so it reads them the same way: with
httpx's own reader and URL patterns, hence the same precedence and NO_PROXY rules as httpx. The router picks the
proxy (or the direct transport) for each request, as httpx.Client does with its mounts. Proxy credentials
(http://user:pass@proxy:3128) are secrets: proxy_secrets() hands them to the client's redactor.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import httpx
from httpx._utils import URLPattern, get_environment_proxies  # what httpx.Client(trust_env=True) uses

from .errors import InvalidParameterError

ProxyMap = dict[str, httpx.Proxy | None]  # URL pattern ("https://", "all://*example.com") -> proxy, None = direct


def _proxy(url: str | httpx.URL | httpx.Proxy, source: str, parameter: str) -> httpx.Proxy:
    """The proxy for a URL; an InvalidParameterError that names where it came from (never the URL: it may hold
    credentials) when httpx cannot use it."""
    if isinstance(url, httpx.Proxy):
        return url
    try:
        return httpx.Proxy(url=url)
    except (ValueError, httpx.InvalidURL):
        scheme = str(url).partition("://")[0] if "://" in str(url) else "none"
        problem = f"the proxy URL in {source} is unusable (scheme {scheme!r}; httpx takes http, https, socks5)"
    raise InvalidParameterError(problem, parameter=parameter, operation="")


def environment_proxies() -> ProxyMap:
    """The proxies httpx.Client would mount from the environment, as patterns in httpx's syntax."""
    found: ProxyMap = {}
    for key, url in get_environment_proxies().items():
        source = f"{key.partition(':')[0].upper()}_PROXY (pass trust_env=False to ignore the environment)"
        found[key] = None if url is None else _proxy(url, source, "trust_env")
    return found


def proxy_secrets(proxies: Mapping[str, httpx.Proxy | None], explicit: object = None) -> list[str]:
    """Passwords and `user:password` pairs of the given proxies and of an explicit `proxy=`.

    A user name alone is not a secret (httpx shows it too), and as a redacted word it would garble unrelated text
    (a user named `user` turned `{userId}` into `{***Id}`)."""
    found = [proxy for proxy in proxies.values() if proxy is not None]
    if isinstance(explicit, str | httpx.URL | httpx.Proxy):
        found.append(_proxy(explicit, "httpx_args['proxy']", "httpx_args"))
    secrets: list[str] = []
    for proxy in found:
        if proxy.auth is not None:
            user, password = proxy.auth
            secrets += [f"{user}:{password}", password]
    return [secret for secret in secrets if secret]


def _with_context(proxy: httpx.Proxy, verify: object) -> httpx.Proxy:
    """An https:// proxy verified with the client's TLS context (so SSL_CERT_FILE applies to it too)."""
    if proxy.url.scheme != "https" or proxy.ssl_context is not None or not isinstance(verify, ssl.SSLContext):
        return proxy
    return httpx.Proxy(url=proxy.url, auth=proxy.auth, headers=proxy.headers, ssl_context=verify)


def _routes(proxies: Mapping[str, httpx.Proxy | None], options: Mapping[str, Any], kind: type[Any]) -> list[Any]:
    """(pattern, transport or None) pairs, most specific first, as httpx.Client orders its mounts."""
    mounts = {
        URLPattern(key): None if proxy is None else kind(proxy=_with_context(proxy, options.get("verify")), **options)
        for key, proxy in proxies.items()
    }
    return sorted(mounts.items())


class ProxyRouter(httpx.BaseTransport):
    """Sends each request through the proxy its URL matches, else through the direct transport."""

    def __init__(self, proxies: Mapping[str, httpx.Proxy | None], options: Mapping[str, Any]) -> None:
        self.direct = httpx.HTTPTransport(**options)
        self.routes: list[tuple[URLPattern, httpx.HTTPTransport | None]] = _routes(
            proxies, options, httpx.HTTPTransport
        )

    def _for(self, url: httpx.URL) -> httpx.BaseTransport:
        for pattern, transport in self.routes:
            if pattern.matches(url):
                return transport or self.direct
        return self.direct

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._for(request.url).handle_request(request)

    def close(self) -> None:
        self.direct.close()
        for _, transport in self.routes:
            if transport is not None:
                transport.close()


class AsyncProxyRouter(httpx.AsyncBaseTransport):
    """The async twin of ProxyRouter."""

    def __init__(self, proxies: Mapping[str, httpx.Proxy | None], options: Mapping[str, Any]) -> None:
        self.direct = httpx.AsyncHTTPTransport(**options)
        self.routes: list[tuple[URLPattern, httpx.AsyncHTTPTransport | None]] = _routes(
            proxies, options, httpx.AsyncHTTPTransport
        )

    def _for(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        for pattern, transport in self.routes:
            if pattern.matches(url):
                return transport or self.direct
        return self.direct

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._for(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        await self.direct.aclose()
        for _, transport in self.routes:
            if transport is not None:
                await transport.aclose()


def sync_bottom(proxies: Mapping[str, httpx.Proxy | None], options: Mapping[str, Any]) -> httpx.BaseTransport:
    """The transport that talks to the network: direct, or routed through the environment's proxies."""
    return ProxyRouter(proxies, options) if proxies else httpx.HTTPTransport(**options)


def async_bottom(proxies: Mapping[str, httpx.Proxy | None], options: Mapping[str, Any]) -> httpx.AsyncBaseTransport:
    """The async twin of sync_bottom."""
    return AsyncProxyRouter(proxies, options) if proxies else httpx.AsyncHTTPTransport(**options)
