"""List licenses.

`credentials.list_licenses` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.license_ import License
    from ...models.licenses_response import LicensesResponse
    from ...types import UNSET, Unset


class ListLicenses(Operation):
    """List licenses.

    `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> LicensesResponse:
        """List licenses.

        `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
        checked. Only the LicenseList key itself is confirmed by client code.

        Searches occupational licenses by keyword or O*NET code within a state, or across all states. Sort
        keys (second-hand): `Title`, `Agency`, `State`. The keyword `0` reportedly means no keyword filter;
        location `US` or `0` means all states.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_mode: Several clients send `literal` for exact-phrase matching.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LicensesResponse: the parsed success response

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
        from ...api.credentials import list_licenses as _credentials_list_licenses
        from ...models.licenses_response import LicensesResponse

        response = _credentials_list_licenses.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LicensesResponse)

    def raw(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | LicensesResponse]:
        """`GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.credentials import list_licenses as _credentials_list_licenses

        return _credentials_list_licenses.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[License, LicensesResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.credentials import list_licenses as _credentials_list_licenses

        return Pager(
            _credentials_list_licenses,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
                "search_mode": search_mode,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListLicenses(AsyncOperation):
    """List licenses.

    `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> LicensesResponse:
        """List licenses.

        `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
        checked. Only the LicenseList key itself is confirmed by client code.

        Searches occupational licenses by keyword or O*NET code within a state, or across all states. Sort
        keys (second-hand): `Title`, `Agency`, `State`. The keyword `0` reportedly means no keyword filter;
        location `US` or `0` means all states.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_mode: Several clients send `literal` for exact-phrase matching.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LicensesResponse: the parsed success response

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
        from ...api.credentials import list_licenses as _credentials_list_licenses
        from ...models.licenses_response import LicensesResponse

        response = await _credentials_list_licenses.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LicensesResponse)

    async def raw(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | LicensesResponse]:
        """`GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.credentials import list_licenses as _credentials_list_licenses

        return await _credentials_list_licenses.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[License, LicensesResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.credentials import list_licenses as _credentials_list_licenses

        return AsyncPager(
            _credentials_list_licenses,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
                "search_mode": search_mode,
                "enable_meta_data": enable_meta_data,
            },
            concurrency,
        )
