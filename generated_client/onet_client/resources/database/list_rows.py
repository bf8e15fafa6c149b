"""Data rows.

`database.list_rows` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.database_row import DatabaseRow
    from ...models.database_row_page import DatabaseRowPage
    from ...models.error import Error
    from ...types import UNSET, Unset


class ListRows(Operation):
    """Data rows.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `row`.

    `GET /database/rows/{table_id}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /database/rows/{table_id}"

    def __call__(
        self,
        table_id: str,
        *,
        filter_: list[str] | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> DatabaseRowPage:
        """Data rows.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `row`.

        `GET /database/rows/{table_id}` (confidence: observed-in-typed-client-code).

        Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
        confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
        because the manual's filter and sort examples page was unreadable.

        Returns rows of one database table, optionally filtered (all filters must match; text comparisons
        are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

        Args:
            table_id: Table identifier as given by table_id in the table list (lower-case snake_case in
                every observed value; display titles are rejected with 422).
            filter_: Repeatable filter column_id.operator.value, e.g. onetsoc_code.eq.15-1252.00. Text
                operators: eq, contains (v1.9); numeric eq, ne, lt, le, gt, ge are a guess.
            sort: Repeatable sort key column_id or column_id.descending (unverified grammar).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            DatabaseRowPage: the parsed success response

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
        from ...api.database import list_database_rows as _database_list_database_rows
        from ...models.database_row_page import DatabaseRowPage

        response = _database_list_database_rows.sync_detailed(
            client=self._client, table_id=table_id, filter_=filter_, sort=sort, start=start, end=end
        )
        return self._expect(response, DatabaseRowPage)

    def raw(
        self,
        table_id: str,
        *,
        filter_: list[str] | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[DatabaseRowPage | Error | str]:
        """`GET /database/rows/{table_id}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.database import list_database_rows as _database_list_database_rows

        return _database_list_database_rows.sync_detailed(
            client=self._raw_client(), table_id=table_id, filter_=filter_, sort=sort, start=start, end=end
        )

    def iter(
        self,
        table_id: str,
        *,
        filter_: list[str] | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[DatabaseRow, DatabaseRowPage]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.database import list_database_rows as _database_list_database_rows

        return Pager(
            _database_list_database_rows,
            self._client,
            page_size,
            max_items,
            {"table_id": table_id, "filter_": filter_, "sort": sort},
        )


class AsyncListRows(AsyncOperation):
    """Data rows.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `row`.

    `GET /database/rows/{table_id}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /database/rows/{table_id}"

    async def __call__(
        self,
        table_id: str,
        *,
        filter_: list[str] | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> DatabaseRowPage:
        """Data rows.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `row`.

        `GET /database/rows/{table_id}` (confidence: observed-in-typed-client-code).

        Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
        confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
        because the manual's filter and sort examples page was unreadable.

        Returns rows of one database table, optionally filtered (all filters must match; text comparisons
        are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

        Args:
            table_id: Table identifier as given by table_id in the table list (lower-case snake_case in
                every observed value; display titles are rejected with 422).
            filter_: Repeatable filter column_id.operator.value, e.g. onetsoc_code.eq.15-1252.00. Text
                operators: eq, contains (v1.9); numeric eq, ne, lt, le, gt, ge are a guess.
            sort: Repeatable sort key column_id or column_id.descending (unverified grammar).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            DatabaseRowPage: the parsed success response

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
        from ...api.database import list_database_rows as _database_list_database_rows
        from ...models.database_row_page import DatabaseRowPage

        response = await _database_list_database_rows.asyncio_detailed(
            client=self._client, table_id=table_id, filter_=filter_, sort=sort, start=start, end=end
        )
        return self._expect(response, DatabaseRowPage)

    async def raw(
        self,
        table_id: str,
        *,
        filter_: list[str] | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[DatabaseRowPage | Error | str]:
        """`GET /database/rows/{table_id}` returning status, headers and body whatever the status."""
        from ...api.database import list_database_rows as _database_list_database_rows

        return await _database_list_database_rows.asyncio_detailed(
            client=self._raw_client(), table_id=table_id, filter_=filter_, sort=sort, start=start, end=end
        )

    def iter(
        self,
        table_id: str,
        *,
        filter_: list[str] | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[DatabaseRow, DatabaseRowPage]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.database import list_database_rows as _database_list_database_rows

        return AsyncPager(
            _database_list_database_rows,
            self._client,
            page_size,
            max_items,
            {"table_id": table_id, "filter_": filter_, "sort": sort},
            concurrency,
        )
