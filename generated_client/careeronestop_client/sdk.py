"""CareerOneStopClient and AsyncCareerOneStopClient: the namespaced CareerOneStop Web API clients.

The userId is bound by the client: no facade method takes it, and it travels as a placeholder until the
innermost transport, so URLs in logs, errors and the cache never contain it.
"""

from __future__ import annotations

from typing import Unpack

from ._core.client import (
    ClientOptions,
    SDKClient,
    auth_env,
    bound_env,
    bound_placeholder,
    constructor,
    credential,
)
from .resources import AsyncNamespaces, Namespaces

TOKEN_ENV = auth_env()
USER_ID_ENV = bound_env("user_id")
# For the generated module functions: pass `user_id=BOUND_USER_ID` (bind() and the pagination helpers do it
# for you); the client's transport puts the real userId in its place just before sending.
BOUND_USER_ID = bound_placeholder("user_id")


class _CareerOneStopBase(SDKClient):
    @constructor(
        f"api_token: the CareerOneStop API token (default: ${TOKEN_ENV}), sent as a bearer token.\n"
        f"user_id: your CareerOneStop userId (default: ${USER_ID_ENV}); the client fills it into every path."
    )
    def __init__(
        self, api_token: str | None = None, user_id: str | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        super().__init__(
            secret=credential(api_token, TOKEN_ENV, "CareerOneStop API token"),
            bound={"user_id": credential(user_id, USER_ID_ENV, "CareerOneStop userId")},
            **options,
        )


class CareerOneStopClient(_CareerOneStopBase, Namespaces):
    """CareerOneStop Web API: `cos.<namespace>.<method>(...)` returns the typed success model.

    `with CareerOneStopClient() as cos:` closes its connections at the end of the block (or `cos.close()`).
    `api_token` and `user_id` default to CAREERONESTOP_API_TOKEN and CAREERONESTOP_USER_ID; the token is sent
    as a bearer token, the userId fills the path segment of every operation (never an argument). The other
    arguments are OnetClient's: `base_url`, `timeout`, `max_retries`, `headers`, `httpx_args` (its `transport`
    becomes the innermost transport), `cache`, `cache_ttl`, `strict_responses`, `trust_env`,
    `max_requests_per_second`; CAREERONESTOP_LOG=info|debug logs one line per request.
    """


class AsyncCareerOneStopClient(_CareerOneStopBase, AsyncNamespaces):
    """The async twin of CareerOneStopClient: the same arguments, `await acos.<namespace>.<method>(...)`.

    `async with AsyncCareerOneStopClient() as acos:` closes its connections at the end of the block (or
    `await acos.aclose()`).
    """
