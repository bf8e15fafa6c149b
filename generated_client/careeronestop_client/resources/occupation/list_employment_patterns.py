"""Get employment patterns (industries employing an occupation).

`occupation.list_employment_patterns` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.employment_pattern_sort_column import (
        EmploymentPatternSortColumn,
        check_employment_pattern_sort_column,
    )
    from ...models.employment_patterns_response import EmploymentPatternsResponse
    from ...models.error_message import ErrorMessage
    from ...models.sort_direction import SortDirection, check_sort_direction
    from ...types import UNSET, Unset


class ListEmploymentPatterns(Operation):
    """Get employment patterns (industries employing an occupation).

    `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> EmploymentPatternsResponse:
        """Get employment patterns (industries employing an occupation).

        `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
        stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

        Lists the industries that employ an occupation, with base-year and projected employment, percent
        change, and shares. The path and sort codes are documented in the API Explorer.

        Args:
            keyword: Occupation title, O*NET code, or 6-digit SOC code.
            sort_columns: `0` relevance, `EE` base-year employment, `PE` projected employment, `PCH` percent
                change, `POT` percent of the industry's total employment, `PCT` share of the occupation in
                the industry, `IND` industry title. One of: '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
            sort_directions: `0` (default, ascending), `ASC` or `DESC`. One of: '0', 'ASC', 'DESC'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            EmploymentPatternsResponse: the parsed success response

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
        from ...api.occupation import list_employment_patterns as _occupation_list_employment_patterns
        from ...models.employment_patterns_response import EmploymentPatternsResponse

        response = _occupation_list_employment_patterns.sync_detailed(
            client=self._client,
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, EmploymentPatternsResponse)

    def raw(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[EmploymentPatternsResponse | ErrorMessage]:
        """`GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.occupation import list_employment_patterns as _occupation_list_employment_patterns

        return _occupation_list_employment_patterns.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncListEmploymentPatterns(AsyncOperation):
    """Get employment patterns (industries employing an occupation).

    `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> EmploymentPatternsResponse:
        """Get employment patterns (industries employing an occupation).

        `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
        stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

        Lists the industries that employ an occupation, with base-year and projected employment, percent
        change, and shares. The path and sort codes are documented in the API Explorer.

        Args:
            keyword: Occupation title, O*NET code, or 6-digit SOC code.
            sort_columns: `0` relevance, `EE` base-year employment, `PE` projected employment, `PCH` percent
                change, `POT` percent of the industry's total employment, `PCT` share of the occupation in
                the industry, `IND` industry title. One of: '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
            sort_directions: `0` (default, ascending), `ASC` or `DESC`. One of: '0', 'ASC', 'DESC'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            EmploymentPatternsResponse: the parsed success response

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
        from ...api.occupation import list_employment_patterns as _occupation_list_employment_patterns
        from ...models.employment_patterns_response import EmploymentPatternsResponse

        response = await _occupation_list_employment_patterns.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, EmploymentPatternsResponse)

    async def raw(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[EmploymentPatternsResponse | ErrorMessage]:
        """`GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.occupation import list_employment_patterns as _occupation_list_employment_patterns

        return await _occupation_list_employment_patterns.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
