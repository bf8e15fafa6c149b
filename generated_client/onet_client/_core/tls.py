"""The default TLS context, created once per process on first use and shared by every client's transport.

Loading the CA bundle costs ~24 ms; httpx would pay it for each transport (every client, its async and raw
twins), even for http:// URLs. An SSLContext is safe to share between connections, threads and event loops.
Only the default (verify=True, no client certificate) is shared: any other `verify`/`cert` builds its own.
"""

from __future__ import annotations

import os
import ssl
import threading

import httpx

_LOCK = threading.Lock()
# One context per CA source: SSL_CERT_FILE / SSL_CERT_DIR (read by httpx when trust_env) or certifi's bundle.
_CONTEXTS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def _ca_source(trust_env: bool) -> tuple[str | None, str | None]:
    if not trust_env:
        return None, None
    return os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None


def default_context(*, trust_env: bool = True) -> ssl.SSLContext:
    """httpx's default context (same CA choice), built at most once per CA source, even when threads race."""
    key = _ca_source(trust_env)
    found = _CONTEXTS.get(key)
    if found is None:
        with _LOCK:
            found = _CONTEXTS.get(key)
            if found is None:
                found = _CONTEXTS[key] = httpx.create_ssl_context(verify=True, trust_env=trust_env)
    return found


def transport_verify(verify: ssl.SSLContext | str | bool, cert: object, trust_env: bool) -> ssl.SSLContext | str | bool:
    """What to pass as a transport's `verify=`: the shared context for the default, else the caller's own."""
    if verify is True and not cert:
        return default_context(trust_env=trust_env)
    return verify
