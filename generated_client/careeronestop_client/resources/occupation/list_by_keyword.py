"""List occupations by keyword.

`occupation.list_by_keyword` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.data_level_only import DataLevelOnly, check_data_level_only
    from ...models.error_message import ErrorMessage
    from ...models.occupation_keyword_search_response import OccupationKeywordSearchResponse
    from ...models.occupation_summary import OccupationSummary
    from ...types import UNSET, Unset


class ListByKeyword(Operation):
    """List occupations by keyword.

    `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationKeywordSearchResponse:
        """List occupations by keyword.

        `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
        unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

        Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
        code/title/description rows. The keyword `0` lists every occupation, which clients use together with
        a large limit to fetch all codes.

        Args:
            keyword: Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0` returns all
                occupations.
            data_level_only: `Y`/`Yes` returns data-level O*NET occupations only. `N`/`No` also includes
                broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_by: Taxonomy selector. The documentation mentions it only in passing, and its accepted
                values are unknown.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationKeywordSearchResponse: the parsed success response

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
        from ...api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword
        from ...models.occupation_keyword_search_response import OccupationKeywordSearchResponse

        response = _occupation_list_occupations_by_keyword.sync_detailed(
            client=self._client,
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationKeywordSearchResponse)

    def raw(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationKeywordSearchResponse]:
        """`GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return _occupation_list_occupations_by_keyword.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[OccupationSummary, OccupationKeywordSearchResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return Pager(
            _occupation_list_occupations_by_keyword,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "data_level_only": data_level_only,
                "search_by": search_by,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListByKeyword(AsyncOperation):
    """List occupations by keyword.

    `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationKeywordSearchResponse:
        """List occupations by keyword.

        `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
        unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

        Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
        code/title/description rows. The keyword `0` lists every occupation, which clients use together with
        a large limit to fetch all codes.

        Args:
            keyword: Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0` returns all
                occupations.
            data_level_only: `Y`/`Yes` returns data-level O*NET occupations only. `N`/`No` also includes
                broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_by: Taxonomy selector. The documentation mentions it only in passing, and its accepted
                values are unknown.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationKeywordSearchResponse: the parsed success response

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
        from ...api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword
        from ...models.occupation_keyword_search_response import OccupationKeywordSearchResponse

        response = await _occupation_list_occupations_by_keyword.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationKeywordSearchResponse)

    async def raw(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationKeywordSearchResponse]:
        """`GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return await _occupation_list_occupations_by_keyword.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[OccupationSummary, OccupationKeywordSearchResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return AsyncPager(
            _occupation_list_occupations_by_keyword,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "data_level_only": data_level_only,
                "search_by": search_by,
                "enable_meta_data": enable_meta_data,
            },
            concurrency,
        )
