"""Compare salaries across locations.

`salary.compare_by_locations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.salary_comparison_response import SalaryComparisonResponse
    from ...types import UNSET, Unset


class CompareByLocations(Operation):
    """Compare salaries across locations.

    `GET /v1/comparesalaries/{userId}/wageloc` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wageloc"

    def __call__(
        self,
        *,
        keyword: str,
        location: str,
        sort_columns: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> SalaryComparisonResponse:
        """Compare salaries across locations.

        `GET /v1/comparesalaries/{userId}/wageloc` (confidence: documented).

        Uncertain: the response has not been observed. It is assumed to match the by-occupations comparison
        (LocationsList, then OccupationList, then WageInfo). The `|` separator for locations and the meaning
        of `sortBy` are guesses.

        Compares the wages of one to five occupations across one to five locations.

        Args:
            keyword: Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take one to five,
                separated by `|`.
            location: A state code or name, `City, ST`, a ZIP, or `US`. The by-locations comparison takes
                one to five, separated by `|` (the separator is assumed).
            sort_columns: Sort key (`Median` has been seen). `0` means the default order.
            sort_order: Sort direction: `ASC` or `DESC`, or `0` for the default.
            sort_by: Secondary sort selector of undocumented meaning (the doc template fills it with the
                sortOrder placeholder). `0` is the default.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SalaryComparisonResponse: the parsed success response

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
        from ...api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations
        from ...models.salary_comparison_response import SalaryComparisonResponse

        response = _salary_get_salary_comparison_by_locations.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_order=sort_order,
            sort_by=sort_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SalaryComparisonResponse)

    def raw(
        self,
        *,
        keyword: str,
        location: str,
        sort_columns: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | SalaryComparisonResponse]:
        """`GET /v1/comparesalaries/{userId}/wageloc` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations

        return _salary_get_salary_comparison_by_locations.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_order=sort_order,
            sort_by=sort_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncCompareByLocations(AsyncOperation):
    """Compare salaries across locations.

    `GET /v1/comparesalaries/{userId}/wageloc` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wageloc"

    async def __call__(
        self,
        *,
        keyword: str,
        location: str,
        sort_columns: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> SalaryComparisonResponse:
        """Compare salaries across locations.

        `GET /v1/comparesalaries/{userId}/wageloc` (confidence: documented).

        Uncertain: the response has not been observed. It is assumed to match the by-occupations comparison
        (LocationsList, then OccupationList, then WageInfo). The `|` separator for locations and the meaning
        of `sortBy` are guesses.

        Compares the wages of one to five occupations across one to five locations.

        Args:
            keyword: Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take one to five,
                separated by `|`.
            location: A state code or name, `City, ST`, a ZIP, or `US`. The by-locations comparison takes
                one to five, separated by `|` (the separator is assumed).
            sort_columns: Sort key (`Median` has been seen). `0` means the default order.
            sort_order: Sort direction: `ASC` or `DESC`, or `0` for the default.
            sort_by: Secondary sort selector of undocumented meaning (the doc template fills it with the
                sortOrder placeholder). `0` is the default.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SalaryComparisonResponse: the parsed success response

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
        from ...api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations
        from ...models.salary_comparison_response import SalaryComparisonResponse

        response = await _salary_get_salary_comparison_by_locations.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_order=sort_order,
            sort_by=sort_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SalaryComparisonResponse)

    async def raw(
        self,
        *,
        keyword: str,
        location: str,
        sort_columns: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | SalaryComparisonResponse]:
        """`GET /v1/comparesalaries/{userId}/wageloc` returning status, headers and body whatever the status."""
        from ...api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations

        return await _salary_get_salary_comparison_by_locations.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_order=sort_order,
            sort_by=sort_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
