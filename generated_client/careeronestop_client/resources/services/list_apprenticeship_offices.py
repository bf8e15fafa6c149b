"""List apprenticeship offices.

`services.list_apprenticeship_offices` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.apprenticeship_offices_response import ApprenticeshipOfficesResponse
    from ...models.error_message import ErrorMessage


class ListApprenticeshipOffices(Operation):
    """List apprenticeship offices.

    `GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}"

    def __call__(self, location: str, radius: int) -> ApprenticeshipOfficesResponse:
        """List apprenticeship offices.

        `GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}` (confidence: documented).

        Uncertain: only the path is documented. The response has never been observed, so it is an open
        object.

        Lists registered-apprenticeship offices near a location.

        Args:
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.

        Returns:
            ApprenticeshipOfficesResponse: the parsed success response

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
        from ...api.services import list_apprenticeship_offices as _services_list_apprenticeship_offices
        from ...models.apprenticeship_offices_response import ApprenticeshipOfficesResponse

        response = _services_list_apprenticeship_offices.sync_detailed(
            client=self._client, location=location, radius=radius, user_id="{userId}"
        )
        return self._expect(response, ApprenticeshipOfficesResponse)

    def raw(self, location: str, radius: int) -> Response[ApprenticeshipOfficesResponse | ErrorMessage]:
        """`GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.services import list_apprenticeship_offices as _services_list_apprenticeship_offices

        return _services_list_apprenticeship_offices.sync_detailed(
            client=self._raw_client(), location=location, radius=radius, user_id="{userId}"
        )


class AsyncListApprenticeshipOffices(AsyncOperation):
    """List apprenticeship offices.

    `GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}"

    async def __call__(self, location: str, radius: int) -> ApprenticeshipOfficesResponse:
        """List apprenticeship offices.

        `GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}` (confidence: documented).

        Uncertain: only the path is documented. The response has never been observed, so it is an open
        object.

        Lists registered-apprenticeship offices near a location.

        Args:
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.

        Returns:
            ApprenticeshipOfficesResponse: the parsed success response

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
        from ...api.services import list_apprenticeship_offices as _services_list_apprenticeship_offices
        from ...models.apprenticeship_offices_response import ApprenticeshipOfficesResponse

        response = await _services_list_apprenticeship_offices.asyncio_detailed(
            client=self._client, location=location, radius=radius, user_id="{userId}"
        )
        return self._expect(response, ApprenticeshipOfficesResponse)

    async def raw(self, location: str, radius: int) -> Response[ApprenticeshipOfficesResponse | ErrorMessage]:
        """`GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}` returning status, headers and body whatever the status."""
        from ...api.services import list_apprenticeship_offices as _services_list_apprenticeship_offices

        return await _services_list_apprenticeship_offices.asyncio_detailed(
            client=self._raw_client(), location=location, radius=radius, user_id="{userId}"
        )
