from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._core.client import SDKClient

from typing import cast

from ...models.database_table_info import DatabaseTableInfo
from ...models.error import Error


def _get_kwargs(
    table_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/database/info/{table_id}".format(
            table_id=quote(str(table_id), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "get_database_table_info",
                "path_template": "/database/info/{table_id}",
                "path_params": {
                    "table_id": table_id,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "DatabaseTableInfo",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> DatabaseTableInfo | Error | str | None:
    if response.status_code == 200:
        response_200 = DatabaseTableInfo.from_dict(body)

        return response_200

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(body)

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(body)

        return response_422

    if response.status_code == 429:
        return None

    if getattr(client, "raise_on_unexpected_status", False):  # the SDK clients raise typed errors before this
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> DatabaseTableInfo | Error | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[DatabaseTableInfo | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[DatabaseTableInfo | Error | str]:
    """Table column information

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
    `column[*].column_id`, `column[*].title`, `column[*].type`.

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
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

    Returns:
        Response[DatabaseTableInfo | Error | str]
    """

    kwargs = _get_kwargs(
        table_id=table_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    table_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> DatabaseTableInfo | Error | str | None:
    """Table column information

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
    `column[*].column_id`, `column[*].title`, `column[*].type`.

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
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

    Returns:
        DatabaseTableInfo | Error | str
    """

    return sync_detailed(
        table_id=table_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    table_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[DatabaseTableInfo | Error | str]:
    """Table column information

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
    `column[*].column_id`, `column[*].title`, `column[*].type`.

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
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

    Returns:
        Response[DatabaseTableInfo | Error | str]
    """

    kwargs = _get_kwargs(
        table_id=table_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> DatabaseTableInfo | Error | str | None:
    """Table column information

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `table_id`, `column`,
    `column[*].column_id`, `column[*].title`, `column[*].type`.

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
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

    Returns:
        DatabaseTableInfo | Error | str
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            client=client,
        )
    ).parsed
