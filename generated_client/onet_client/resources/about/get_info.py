"""Version information.

`about.get_info` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.about_version_info import AboutVersionInfo
    from ...models.error import Error


class GetInfo(Operation):
    """Version information.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `api_version`.

    `GET /about` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /about"

    def __call__(self) -> AboutVersionInfo:
        """Version information.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `api_version`.

        `GET /about` (confidence: inferred-from-v1.9).

        Only api_version is confirmed for v2 (official sample); the taxonomy and database members come from
        v1.x and their JSON layout is unknown, so both are optional and accept a string or an object.

        Reports which API version answers the request, and which O*NET-SOC taxonomy and O*NET database
        release the data comes from. Useful as a connectivity and key check. Several clients call /about/
        with a trailing slash; both spellings appear to work.

        Returns:
            AboutVersionInfo: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.about import get_about as _about_get_about
        from ...models.about_version_info import AboutVersionInfo

        response = _about_get_about.sync_detailed(client=self._client)
        return self._expect(response, AboutVersionInfo)

    def raw(self) -> Response[AboutVersionInfo | Error | str]:
        """`GET /about` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.about import get_about as _about_get_about

        return _about_get_about.sync_detailed(client=self._raw_client())


class AsyncGetInfo(AsyncOperation):
    """Version information.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `api_version`.

    `GET /about` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /about"

    async def __call__(self) -> AboutVersionInfo:
        """Version information.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `api_version`.

        `GET /about` (confidence: inferred-from-v1.9).

        Only api_version is confirmed for v2 (official sample); the taxonomy and database members come from
        v1.x and their JSON layout is unknown, so both are optional and accept a string or an object.

        Reports which API version answers the request, and which O*NET-SOC taxonomy and O*NET database
        release the data comes from. Useful as a connectivity and key check. Several clients call /about/
        with a trailing slash; both spellings appear to work.

        Returns:
            AboutVersionInfo: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.about import get_about as _about_get_about
        from ...models.about_version_info import AboutVersionInfo

        response = await _about_get_about.asyncio_detailed(client=self._client)
        return self._expect(response, AboutVersionInfo)

    async def raw(self) -> Response[AboutVersionInfo | Error | str]:
        """`GET /about` returning status, headers and body whatever the status."""
        from ...api.about import get_about as _about_get_about

        return await _about_get_about.asyncio_detailed(client=self._raw_client())
