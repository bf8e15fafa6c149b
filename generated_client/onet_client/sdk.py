"""OnetClient and AsyncOnetClient: the namespaced O*NET Web Services v2 clients.

Two classes, as openai-python has OpenAI and AsyncOpenAI: the same constructor, `onet.online.search_occupations(...)`
returns the model, `await aonet.online.search_occupations(...)` does the same asynchronously.
"""

from __future__ import annotations

from typing import Unpack

from ._core.client import ClientOptions, SDKClient, auth_env, auth_header, constructor, credential
from .resources import AsyncNamespaces, Namespaces

API_KEY_ENV = auth_env()


class _OnetBase(SDKClient):
    @constructor(f"api_key: the O*NET API key (default: ${API_KEY_ENV}), sent in the {auth_header()} header.")
    def __init__(self, api_key: str | None = None, **options: Unpack[ClientOptions]) -> None:
        super().__init__(secret=credential(api_key, API_KEY_ENV, "O*NET API key"), bound={}, **options)


class OnetClient(_OnetBase, Namespaces):
    """O*NET Web Services v2: `onet.<namespace>.<method>(...)` returns the typed success model.

    `with OnetClient() as onet:` closes its connections at the end of the block (or call `onet.close()`).
    `api_key` defaults to the ONET_API_KEY environment variable; it travels in the X-API-Key header.
    `base_url` defaults to the spec's server. `timeout` (seconds or httpx.Timeout, never infinite) and
    `max_retries` apply to every request; `with_options()` returns a copy with other values. `httpx_args`
    go to httpx.Client; its `transport` becomes the innermost transport, under retries, checks and redaction.
    `cache=True` (user cache directory), `"memory"` or a file path keeps successful responses for
    `cache_ttl` seconds. `strict_responses=True` raises ResponseValidationError on any difference from
    the spec instead of logging it (for CI). Proxy and CA variables (HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE ...)
    are honoured as httpx does unless `trust_env=False`; `max_requests_per_second` paces every request of the
    client and its copies; ONET_LOG=info|debug logs one line per request. `onet.operations()` lists every
    operation. Also usable as `client=` of the generated module functions.
    """


class AsyncOnetClient(_OnetBase, AsyncNamespaces):
    """The async twin of OnetClient: the same arguments, `await aonet.<namespace>.<method>(...)`.

    `async with AsyncOnetClient() as aonet:` closes its connections at the end of the block (or
    `await aonet.aclose()`).
    """
