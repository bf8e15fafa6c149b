"""OEWS wage lookups and wage comparisons.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.error_message import ErrorMessage
    from ..models.salary_comparison_response import SalaryComparisonResponse
    from ..models.salary_details_response import SalaryDetailsResponse
    from ..types import UNSET, Unset


class GetSalaryComparisonByLocations(Operation):
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
        enable_meta_data: bool | Unset = True,
    ) -> SalaryComparisonResponse:
        """Compare salaries across locations.

        `GET /v1/comparesalaries/{userId}/wageloc` (confidence: documented).

        Uncertain: the response has not been observed. It is assumed to match the by-occupations comparison
        (LocationsList, then OccupationList, then WageInfo). The `|` separator for locations and the meaning
        of `sortBy` are guesses.

        Compares the wages of one to five occupations across one to five locations.

        Args:
            keyword: One or more occupations, separated by `|`.
            location: One to five locations. The `|` separator is assumed.
            sort_columns: Sort key. `0` means the default order.
            sort_order: Sort direction. `0` means the default.
            sort_by: Undocumented selector. The doc template fills it with the sortOrder placeholder.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). Documented
                default is true. Some pages mark the flag "coming soon", and support on some operations is a
                guess. Default: True.

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
        from ..api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations
        from ..models.salary_comparison_response import SalaryComparisonResponse

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
        enable_meta_data: bool | Unset = True,
    ) -> Response[ErrorMessage | SalaryComparisonResponse]:
        """`GET /v1/comparesalaries/{userId}/wageloc` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations

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


class AsyncGetSalaryComparisonByLocations(AsyncOperation):
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
        enable_meta_data: bool | Unset = True,
    ) -> SalaryComparisonResponse:
        """Compare salaries across locations.

        `GET /v1/comparesalaries/{userId}/wageloc` (confidence: documented).

        Uncertain: the response has not been observed. It is assumed to match the by-occupations comparison
        (LocationsList, then OccupationList, then WageInfo). The `|` separator for locations and the meaning
        of `sortBy` are guesses.

        Compares the wages of one to five occupations across one to five locations.

        Args:
            keyword: One or more occupations, separated by `|`.
            location: One to five locations. The `|` separator is assumed.
            sort_columns: Sort key. `0` means the default order.
            sort_order: Sort direction. `0` means the default.
            sort_by: Undocumented selector. The doc template fills it with the sortOrder placeholder.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). Documented
                default is true. Some pages mark the flag "coming soon", and support on some operations is a
                guess. Default: True.

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
        from ..api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations
        from ..models.salary_comparison_response import SalaryComparisonResponse

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
        enable_meta_data: bool | Unset = True,
    ) -> Response[ErrorMessage | SalaryComparisonResponse]:
        """`GET /v1/comparesalaries/{userId}/wageloc` returning status, headers and body whatever the status."""
        from ..api.salary import get_salary_comparison_by_locations as _salary_get_salary_comparison_by_locations

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


class GetSalaryComparisonByOccupations(Operation):
    """Compare salaries across occupations in one location.

    `GET /v1/comparesalaries/{userId}/wageocc` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wageocc"

    def __call__(
        self,
        *,
        keyword: str,
        location: str,
        sort_columns: str | Unset = UNSET,
        sort_directions: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = True,
    ) -> SalaryComparisonResponse:
        """Compare salaries across occupations in one location.

        `GET /v1/comparesalaries/{userId}/wageocc` (confidence: observed-in-typed-client-code).

        Uncertain: the name of the sort-direction query key differs between clients (`sortDirections` or
        `sortOrder`), and the meaning of `sortBy` is undocumented. InValidOccupations and InValidLocations
        have unknown types.

        Compares the wages of one to five occupations in a single location, side by side.

        Args:
            keyword: One to five occupations (codes or titles), separated by `|`.
            location: One location.
            sort_columns: Sort key. `Median` has been seen, and `0` means the default order.
            sort_directions: Sort direction. Some clients send `sortOrder` instead.
            sort_by: Secondary sort selector with undocumented meaning. `0` is the default.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). Documented
                default is true. Some pages mark the flag "coming soon", and support on some operations is a
                guess. Default: True.

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
        from ..api.salary import get_salary_comparison_by_occupations as _salary_get_salary_comparison_by_occupations
        from ..models.salary_comparison_response import SalaryComparisonResponse

        response = _salary_get_salary_comparison_by_occupations.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
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
        sort_directions: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = True,
    ) -> Response[ErrorMessage | SalaryComparisonResponse]:
        """`GET /v1/comparesalaries/{userId}/wageocc` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.salary import get_salary_comparison_by_occupations as _salary_get_salary_comparison_by_occupations

        return _salary_get_salary_comparison_by_occupations.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            sort_by=sort_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetSalaryComparisonByOccupations(AsyncOperation):
    """Compare salaries across occupations in one location.

    `GET /v1/comparesalaries/{userId}/wageocc` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wageocc"

    async def __call__(
        self,
        *,
        keyword: str,
        location: str,
        sort_columns: str | Unset = UNSET,
        sort_directions: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = True,
    ) -> SalaryComparisonResponse:
        """Compare salaries across occupations in one location.

        `GET /v1/comparesalaries/{userId}/wageocc` (confidence: observed-in-typed-client-code).

        Uncertain: the name of the sort-direction query key differs between clients (`sortDirections` or
        `sortOrder`), and the meaning of `sortBy` is undocumented. InValidOccupations and InValidLocations
        have unknown types.

        Compares the wages of one to five occupations in a single location, side by side.

        Args:
            keyword: One to five occupations (codes or titles), separated by `|`.
            location: One location.
            sort_columns: Sort key. `Median` has been seen, and `0` means the default order.
            sort_directions: Sort direction. Some clients send `sortOrder` instead.
            sort_by: Secondary sort selector with undocumented meaning. `0` is the default.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). Documented
                default is true. Some pages mark the flag "coming soon", and support on some operations is a
                guess. Default: True.

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
        from ..api.salary import get_salary_comparison_by_occupations as _salary_get_salary_comparison_by_occupations
        from ..models.salary_comparison_response import SalaryComparisonResponse

        response = await _salary_get_salary_comparison_by_occupations.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
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
        sort_directions: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = True,
    ) -> Response[ErrorMessage | SalaryComparisonResponse]:
        """`GET /v1/comparesalaries/{userId}/wageocc` returning status, headers and body whatever the status."""
        from ..api.salary import get_salary_comparison_by_occupations as _salary_get_salary_comparison_by_occupations

        return await _salary_get_salary_comparison_by_occupations.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            sort_by=sort_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class GetSalaryDetails(Operation):
    """Get salary details for one occupation and location.

    `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wage"

    def __call__(self, *, keyword: str, location: str, enable_meta_data: bool | Unset = True) -> SalaryDetailsResponse:
        """Get salary details for one occupation and location.

        `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

        Uncertain: the response shape comes from typed clients and a parser test, not from the official
        docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

        Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
        level.

        Args:
            keyword: SOC, O*NET or OEWS code, or an occupation title.
            location: State code or name, `City, ST`, ZIP, or `US`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). Documented
                default is true. Some pages mark the flag "coming soon", and support on some operations is a
                guess. Default: True.

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
        from ..api.salary import get_salary_details as _salary_get_salary_details
        from ..models.salary_details_response import SalaryDetailsResponse

        response = _salary_get_salary_details.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SalaryDetailsResponse)

    def raw(
        self, *, keyword: str, location: str, enable_meta_data: bool | Unset = True
    ) -> Response[ErrorMessage | SalaryDetailsResponse]:
        """`GET /v1/comparesalaries/{userId}/wage` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.salary import get_salary_details as _salary_get_salary_details

        return _salary_get_salary_details.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetSalaryDetails(AsyncOperation):
    """Get salary details for one occupation and location.

    `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/comparesalaries/{userId}/wage"

    async def __call__(
        self, *, keyword: str, location: str, enable_meta_data: bool | Unset = True
    ) -> SalaryDetailsResponse:
        """Get salary details for one occupation and location.

        `GET /v1/comparesalaries/{userId}/wage` (confidence: documented).

        Uncertain: the response shape comes from typed clients and a parser test, not from the official
        docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

        Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
        level.

        Args:
            keyword: SOC, O*NET or OEWS code, or an occupation title.
            location: State code or name, `City, ST`, ZIP, or `US`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). Documented
                default is true. Some pages mark the flag "coming soon", and support on some operations is a
                guess. Default: True.

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
        from ..api.salary import get_salary_details as _salary_get_salary_details
        from ..models.salary_details_response import SalaryDetailsResponse

        response = await _salary_get_salary_details.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SalaryDetailsResponse)

    async def raw(
        self, *, keyword: str, location: str, enable_meta_data: bool | Unset = True
    ) -> Response[ErrorMessage | SalaryDetailsResponse]:
        """`GET /v1/comparesalaries/{userId}/wage` returning status, headers and body whatever the status."""
        from ..api.salary import get_salary_details as _salary_get_salary_details

        return await _salary_get_salary_details.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class SalaryResource(Resource):
    """OEWS wage lookups and wage comparisons."""

    __slots__ = ()

    @property
    def get_salary_comparison_by_locations(self) -> GetSalaryComparisonByLocations:
        """Compare salaries across locations."""
        return GetSalaryComparisonByLocations(self._client)

    @property
    def get_salary_comparison_by_occupations(self) -> GetSalaryComparisonByOccupations:
        """Compare salaries across occupations in one location."""
        return GetSalaryComparisonByOccupations(self._client)

    @property
    def get_salary_details(self) -> GetSalaryDetails:
        """Get salary details for one occupation and location."""
        return GetSalaryDetails(self._client)


class AsyncSalaryResource(Resource):
    """OEWS wage lookups and wage comparisons. (async)"""

    __slots__ = ()

    @property
    def get_salary_comparison_by_locations(self) -> AsyncGetSalaryComparisonByLocations:
        """Compare salaries across locations."""
        return AsyncGetSalaryComparisonByLocations(self._client)

    @property
    def get_salary_comparison_by_occupations(self) -> AsyncGetSalaryComparisonByOccupations:
        """Compare salaries across occupations in one location."""
        return AsyncGetSalaryComparisonByOccupations(self._client)

    @property
    def get_salary_details(self) -> AsyncGetSalaryDetails:
        """Get salary details for one occupation and location."""
        return AsyncGetSalaryDetails(self._client)
