from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.database_table_info import DatabaseTableInfo
from ...models.error import Error
from ...types import UNSET, Response


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
                "operation_id": "database_table_info",
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
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | DatabaseTableInfo | Error | None:
    if response.status_code == 200:
        response_200 = DatabaseTableInfo.from_dict(body)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(body)

        return response_422

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DatabaseTableInfo | Error | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DatabaseTableInfo | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DatabaseTableInfo | Error]:
    """Table column information

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DatabaseTableInfo | Error]
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
    client: AuthenticatedClient | Client,
) -> Any | DatabaseTableInfo | Error | None:
    """Table column information

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DatabaseTableInfo | Error
    """

    return sync_detailed(
        table_id=table_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    table_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DatabaseTableInfo | Error]:
    """Table column information

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DatabaseTableInfo | Error]
    """

    kwargs = _get_kwargs(
        table_id=table_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DatabaseTableInfo | Error | None:
    """Table column information

     Shape from typed clients; sources disagree on column_id values (display names in one fixture,
    snake_case keys elsewhere; snake_case is more likely) and the column type vocabulary is unknown.

    Describes one database table: its title and links, plus the columns with their ids, types and
    whether they can be empty. Column ids are the keys of the row objects returned by the rows service.

    Args:
        table_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DatabaseTableInfo | Error
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            client=client,
        )
    ).parsed
