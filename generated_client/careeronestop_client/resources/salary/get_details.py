"""Get salary details for one occupation and location.

`salary.get_details` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.salary_details_response import SalaryDetailsResponse
    from ...types import UNSET, Unset


class GetDetails(Operation):
    """Get salary details for one occupation and location.

    `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wage"

    def __call__(self, *, keyword: str, location: str, enable_meta_data: bool | Unset = False) -> SalaryDetailsResponse:
        """Get salary details for one occupation and location.

        `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

        Uncertain: the response shape comes from typed clients and a parser test, not from the official
        docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

        Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
        level.

        Args:
            keyword: Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take one to five,
                separated by `|`.
            location: A state code or name, `City, ST`, a ZIP, or `US`. The by-locations comparison takes
                one to five, separated by `|` (the separator is assumed).
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SalaryDetailsResponse: the parsed success response

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
        from ...api.salary import get_salary_details as _salary_get_salary_details
        from ...models.salary_details_response import SalaryDetailsResponse

        response = _salary_get_salary_details.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SalaryDetailsResponse)

    def raw(
        self, *, keyword: str, location: str, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | SalaryDetailsResponse]:
        """`GET /v1/comparesalaries/{userId}/wage` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.salary import get_salary_details as _salary_get_salary_details

        return _salary_get_salary_details.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetDetails(AsyncOperation):
    """Get salary details for one occupation and location.

    `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wage"

    async def __call__(
        self, *, keyword: str, location: str, enable_meta_data: bool | Unset = False
    ) -> SalaryDetailsResponse:
        """Get salary details for one occupation and location.

        `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

        Uncertain: the response shape comes from typed clients and a parser test, not from the official
        docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

        Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
        level.

        Args:
            keyword: Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take one to five,
                separated by `|`.
            location: A state code or name, `City, ST`, a ZIP, or `US`. The by-locations comparison takes
                one to five, separated by `|` (the separator is assumed).
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SalaryDetailsResponse: the parsed success response

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
        from ...api.salary import get_salary_details as _salary_get_salary_details
        from ...models.salary_details_response import SalaryDetailsResponse

        response = await _salary_get_salary_details.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SalaryDetailsResponse)

    async def raw(
        self, *, keyword: str, location: str, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | SalaryDetailsResponse]:
        """`GET /v1/comparesalaries/{userId}/wage` returning status, headers and body whatever the status."""
        from ...api.salary import get_salary_details as _salary_get_salary_details

        return await _salary_get_salary_details.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
