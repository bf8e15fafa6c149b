"""OnetClient: the generated AuthenticatedClient with an API key, retries, timeouts and typed errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._core.client import DEFAULT_TIMEOUT, SDKClient, credential

DEFAULT_BASE_URL = "https://api-v2.onetcenter.org"
API_KEY_ENV = "ONET_API_KEY"


class OnetClient(SDKClient):
    """Client for O*NET Web Services v2; the key travels in the X-API-Key header.

    `api_key` defaults to the ONET_API_KEY environment variable.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        httpx_args: dict[str, Any] | None = None,
        strict_responses: bool = False,
    ) -> None:
        key = credential(api_key, API_KEY_ENV, "O*NET API key")
        super().__init__(
            token=key,
            auth_header_name="X-API-Key",
            prefix="",
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            secrets={key: "***"},
            placeholders={},
            httpx_args=httpx_args,
            strict_responses=strict_responses,
        )
