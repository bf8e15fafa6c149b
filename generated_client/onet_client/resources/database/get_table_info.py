"""Table column information.

`database.get_table_info` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.database_table_info import DatabaseTableInfo
    from ...models.error import Error


class GetTableInfo(Operation):
    """Table column information.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
    `column[*].column_id`, `column[*].title`, `column[*].type`.

    `GET /database/info/{table_id}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /database/info/{table_id}"

    def __call__(self, table_id: str) -> DatabaseTableInfo:
        """Table column information.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
        `column[*].column_id`, `column[*].title`, `column[*].type`.

        `GET /database/info/{table_id}` (confidence: observed-in-typed-client-code).

        Shape from typed clients; sources disagree on column_id values (display names in one fixture,
        snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

        Describes one database table: its title and links, plus the columns with their ids, types and
        whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

        Args:
            table_id: Table identifier as given by table_id in the table list (lower-case snake_case in
                every observed value; display titles are rejected with 422).

        Returns:
            DatabaseTableInfo: the parsed success response

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
        from ...api.database import get_database_table_info as _database_get_database_table_info
        from ...models.database_table_info import DatabaseTableInfo

        response = _database_get_database_table_info.sync_detailed(client=self._client, table_id=table_id)
        return self._expect(response, DatabaseTableInfo)

    def raw(self, table_id: str) -> Response[DatabaseTableInfo | Error | str]:
        """`GET /database/info/{table_id}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.database import get_database_table_info as _database_get_database_table_info

        return _database_get_database_table_info.sync_detailed(client=self._raw_client(), table_id=table_id)


class AsyncGetTableInfo(AsyncOperation):
    """Table column information.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
    `column[*].column_id`, `column[*].title`, `column[*].type`.

    `GET /database/info/{table_id}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /database/info/{table_id}"

    async def __call__(self, table_id: str) -> DatabaseTableInfo:
        """Table column information.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
        `column[*].column_id`, `column[*].title`, `column[*].type`.

        `GET /database/info/{table_id}` (confidence: observed-in-typed-client-code).

        Shape from typed clients; sources disagree on column_id values (display names in one fixture,
        snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

        Describes one database table: its title and links, plus the columns with their ids, types and
        whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

        Args:
            table_id: Table identifier as given by table_id in the table list (lower-case snake_case in
                every observed value; display titles are rejected with 422).

        Returns:
            DatabaseTableInfo: the parsed success response

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
        from ...api.database import get_database_table_info as _database_get_database_table_info
        from ...models.database_table_info import DatabaseTableInfo

        response = await _database_get_database_table_info.asyncio_detailed(client=self._client, table_id=table_id)
        return self._expect(response, DatabaseTableInfo)

    async def raw(self, table_id: str) -> Response[DatabaseTableInfo | Error | str]:
        """`GET /database/info/{table_id}` returning status, headers and body whatever the status."""
        from ...api.database import get_database_table_info as _database_get_database_table_info

        return await _database_get_database_table_info.asyncio_detailed(client=self._raw_client(), table_id=table_id)
