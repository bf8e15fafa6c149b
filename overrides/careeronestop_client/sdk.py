"""CareerOneStopClient: bearer token, bound userId, retries, timeouts and typed errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx

from ._core.client import DEFAULT_TIMEOUT, SDKClient, credential

DEFAULT_BASE_URL = "https://api.careeronestop.org"
TOKEN_ENV = "CAREERONESTOP_API_TOKEN"
USER_ID_ENV = "CAREERONESTOP_USER_ID"
# Pass this as `user_id=` (bind() and the pagination helpers do it for you): the client's transport puts
# the real userId in its place just before sending, so URLs in logs and errors never contain it.
BOUND_USER_ID = "{userId}"


class CareerOneStopClient(SDKClient):
    """Client for the CareerOneStop Web API.

    `api_token` and `user_id` default to CAREERONESTOP_API_TOKEN and CAREERONESTOP_USER_ID. The userId is
    bound to the client: operations called through `client.bind(...)` or the pagination helpers get it
    automatically, and direct calls pass `user_id=BOUND_USER_ID`.
    """

    bound_parameters: ClassVar[Mapping[str, str]] = {"user_id": BOUND_USER_ID}

    def __init__(
        self,
        api_token: str | None = None,
        user_id: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        httpx_args: dict[str, Any] | None = None,
        strict_responses: bool = False,
    ) -> None:
        token = credential(api_token, TOKEN_ENV, "CareerOneStop API token")
        uid = credential(user_id, USER_ID_ENV, "CareerOneStop userId")
        super().__init__(
            token=token,
            auth_header_name="Authorization",
            prefix="Bearer",
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            secrets={token: "***", uid: BOUND_USER_ID},
            placeholders={BOUND_USER_ID: uid},
            httpx_args=httpx_args,
            strict_responses=strict_responses,
        )
