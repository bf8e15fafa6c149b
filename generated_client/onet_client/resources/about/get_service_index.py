"""Service index.

`about.get_service_index` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.service_index import ServiceIndex


class GetServiceIndex(Operation):
    """Service index.

    Warning: unverified path (confidence: guess).

    `GET /` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /"

    def __call__(self) -> ServiceIndex:
        """Service index.

        Warning: unverified path (confidence: guess).

        `GET /` (confidence: guess).

        Lists the service areas of the API (about, database, mnm, mpp, online, taxonomy, veterans) with
        links. The path is measured; the body layout is unverified (a guess).

        Returns:
            ServiceIndex: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.about import get_service_index as _about_get_service_index
        from ...models.service_index import ServiceIndex

        response = _about_get_service_index.sync_detailed(client=self._client)
        return self._expect(response, ServiceIndex)

    def raw(self) -> Response[ServiceIndex | str]:
        """`GET /` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.about import get_service_index as _about_get_service_index

        return _about_get_service_index.sync_detailed(client=self._raw_client())


class AsyncGetServiceIndex(AsyncOperation):
    """Service index.

    Warning: unverified path (confidence: guess).

    `GET /` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /"

    async def __call__(self) -> ServiceIndex:
        """Service index.

        Warning: unverified path (confidence: guess).

        `GET /` (confidence: guess).

        Lists the service areas of the API (about, database, mnm, mpp, online, taxonomy, veterans) with
        links. The path is measured; the body layout is unverified (a guess).

        Returns:
            ServiceIndex: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.about import get_service_index as _about_get_service_index
        from ...models.service_index import ServiceIndex

        response = await _about_get_service_index.asyncio_detailed(client=self._client)
        return self._expect(response, ServiceIndex)

    async def raw(self) -> Response[ServiceIndex | str]:
        """`GET /` returning status, headers and body whatever the status."""
        from ...api.about import get_service_index as _about_get_service_index

        return await _about_get_service_index.asyncio_detailed(client=self._raw_client())
