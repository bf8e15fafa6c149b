"""Validate a location and get its areas.

`location.validate` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.location_validation_response import LocationValidationResponse


class Validate(Operation):
    """Validate a location and get its areas.

    `GET /v1/location/{userId}/{location}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/location/{userId}/{location}"

    def __call__(self, location: str) -> LocationValidationResponse:
        """Validate a location and get its areas.

        `GET /v1/location/{userId}/{location}` (confidence: documented).

        Uncertain: the response has never been observed, so it is an open object.

        Checks a location and returns its state, counties and OEWS/MSA areas.

        Args:
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.

        Returns:
            LocationValidationResponse: the parsed success response

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
        from ...api.location import validate_location as _location_validate_location
        from ...models.location_validation_response import LocationValidationResponse

        response = _location_validate_location.sync_detailed(client=self._client, location=location, user_id="{userId}")
        return self._expect(response, LocationValidationResponse)

    def raw(self, location: str) -> Response[ErrorMessage | LocationValidationResponse]:
        """`GET /v1/location/{userId}/{location}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.location import validate_location as _location_validate_location

        return _location_validate_location.sync_detailed(
            client=self._raw_client(), location=location, user_id="{userId}"
        )


class AsyncValidate(AsyncOperation):
    """Validate a location and get its areas.

    `GET /v1/location/{userId}/{location}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/location/{userId}/{location}"

    async def __call__(self, location: str) -> LocationValidationResponse:
        """Validate a location and get its areas.

        `GET /v1/location/{userId}/{location}` (confidence: documented).

        Uncertain: the response has never been observed, so it is an open object.

        Checks a location and returns its state, counties and OEWS/MSA areas.

        Args:
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.

        Returns:
            LocationValidationResponse: the parsed success response

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
        from ...api.location import validate_location as _location_validate_location
        from ...models.location_validation_response import LocationValidationResponse

        response = await _location_validate_location.asyncio_detailed(
            client=self._client, location=location, user_id="{userId}"
        )
        return self._expect(response, LocationValidationResponse)

    async def raw(self, location: str) -> Response[ErrorMessage | LocationValidationResponse]:
        """`GET /v1/location/{userId}/{location}` returning status, headers and body whatever the status."""
        from ...api.location import validate_location as _location_validate_location

        return await _location_validate_location.asyncio_detailed(
            client=self._raw_client(), location=location, user_id="{userId}"
        )
