"""O*NET data: elements of a descriptor.

`online.list_onet_data_elements` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.onet_data_element import OnetDataElement


class ListOnetDataElements(Operation):
    """O*NET data: elements of a descriptor.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/onet_data/{descriptor}/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/"

    def __call__(self, descriptor: str) -> list[OnetDataElement]:
        """O*NET data: elements of a descriptor.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/onet_data/{descriptor}/` (confidence: guess).

        Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
        body come from unverified clients.

        Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.

        Returns:
            list[OnetDataElement]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.online import list_onet_data_elements as _online_list_onet_data_elements

        response = _online_list_onet_data_elements.sync_detailed(client=self._client, descriptor=descriptor)
        return cast("list[OnetDataElement]", response.parsed)

    def raw(self, descriptor: str) -> Response[Error | list[OnetDataElement] | str]:
        """`GET /online/onet_data/{descriptor}/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_onet_data_elements as _online_list_onet_data_elements

        return _online_list_onet_data_elements.sync_detailed(client=self._raw_client(), descriptor=descriptor)


class AsyncListOnetDataElements(AsyncOperation):
    """O*NET data: elements of a descriptor.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/onet_data/{descriptor}/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/"

    async def __call__(self, descriptor: str) -> list[OnetDataElement]:
        """O*NET data: elements of a descriptor.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/onet_data/{descriptor}/` (confidence: guess).

        Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
        body come from unverified clients.

        Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.

        Returns:
            list[OnetDataElement]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.online import list_onet_data_elements as _online_list_onet_data_elements

        response = await _online_list_onet_data_elements.asyncio_detailed(client=self._client, descriptor=descriptor)
        return cast("list[OnetDataElement]", response.parsed)

    async def raw(self, descriptor: str) -> Response[Error | list[OnetDataElement] | str]:
        """`GET /online/onet_data/{descriptor}/` returning status, headers and body whatever the status."""
        from ...api.online import list_onet_data_elements as _online_list_onet_data_elements

        return await _online_list_onet_data_elements.asyncio_detailed(client=self._raw_client(), descriptor=descriptor)
