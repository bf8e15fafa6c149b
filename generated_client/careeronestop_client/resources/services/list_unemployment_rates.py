"""List unemployment rates.

`services.list_unemployment_rates` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.unemployment_rates_response import UnemploymentRatesResponse
    from ...models.unemployment_type import UnemploymentType, check_unemployment_type


class ListUnemploymentRates(Operation):
    """List unemployment rates.

    `GET /v1/unemployment/{userId}/{location}/{unemploymentType}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/unemployment/{userId}/{location}/{unemploymentType}"

    def __call__(self, location: str, unemployment_type: UnemploymentType) -> UnemploymentRatesResponse:
        """List unemployment rates.

        `GET /v1/unemployment/{userId}/{location}/{unemploymentType}` (confidence: observed-in-typed-client-code).

        Uncertain: the StateList key for state-level rows is a guess. Only CountyList has been seen read by
        code.

        Returns LAUS unemployment counts and rates by state or by county.

        Args:
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            unemployment_type: Granularity of the rate list. One of: 'state', 'county'.

        Returns:
            UnemploymentRatesResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.services import list_unemployment_rates as _services_list_unemployment_rates
        from ...models.unemployment_rates_response import UnemploymentRatesResponse

        response = _services_list_unemployment_rates.sync_detailed(
            client=self._client, location=location, unemployment_type=unemployment_type, user_id="{userId}"
        )
        return self._expect(response, UnemploymentRatesResponse)

    def raw(
        self, location: str, unemployment_type: UnemploymentType
    ) -> Response[ErrorMessage | UnemploymentRatesResponse]:
        """`GET /v1/unemployment/{userId}/{location}/{unemploymentType}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.services import list_unemployment_rates as _services_list_unemployment_rates

        return _services_list_unemployment_rates.sync_detailed(
            client=self._raw_client(), location=location, unemployment_type=unemployment_type, user_id="{userId}"
        )


class AsyncListUnemploymentRates(AsyncOperation):
    """List unemployment rates.

    `GET /v1/unemployment/{userId}/{location}/{unemploymentType}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/unemployment/{userId}/{location}/{unemploymentType}"

    async def __call__(self, location: str, unemployment_type: UnemploymentType) -> UnemploymentRatesResponse:
        """List unemployment rates.

        `GET /v1/unemployment/{userId}/{location}/{unemploymentType}` (confidence: observed-in-typed-client-code).

        Uncertain: the StateList key for state-level rows is a guess. Only CountyList has been seen read by
        code.

        Returns LAUS unemployment counts and rates by state or by county.

        Args:
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            unemployment_type: Granularity of the rate list. One of: 'state', 'county'.

        Returns:
            UnemploymentRatesResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.services import list_unemployment_rates as _services_list_unemployment_rates
        from ...models.unemployment_rates_response import UnemploymentRatesResponse

        response = await _services_list_unemployment_rates.asyncio_detailed(
            client=self._client, location=location, unemployment_type=unemployment_type, user_id="{userId}"
        )
        return self._expect(response, UnemploymentRatesResponse)

    async def raw(
        self, location: str, unemployment_type: UnemploymentType
    ) -> Response[ErrorMessage | UnemploymentRatesResponse]:
        """`GET /v1/unemployment/{userId}/{location}/{unemploymentType}` returning status, headers and body whatever the status."""
        from ...api.services import list_unemployment_rates as _services_list_unemployment_rates

        return await _services_list_unemployment_rates.asyncio_detailed(
            client=self._raw_client(), location=location, unemployment_type=unemployment_type, user_id="{userId}"
        )
