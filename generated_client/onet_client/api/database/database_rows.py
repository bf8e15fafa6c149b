from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.database_row_page import DatabaseRowPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_id: str,
    *,
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_: list[str] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/database/rows/{table_id}".format(
            table_id=quote(str(table_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "database_rows",
                "path_template": "/database/rows/{table_id}",
                "path_params": {
                    "table_id": table_id,
                },
                "query_params": {
                    "filter": filter_,
                    "sort": sort,
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "DatabaseRowPage",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | DatabaseRowPage | Error | None:
    if response.status_code == 200:
        response_200 = DatabaseRowPage.from_dict(body)

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
) -> Any | DatabaseRowPage | Error | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DatabaseRowPage | Error]:
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
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | DatabaseRowPage | Error]:
    """Data rows

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str):
        filter_ (list[str] | Unset):
        sort (list[str] | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DatabaseRowPage | Error]
    """

    kwargs = _get_kwargs(
        table_id=table_id,
        filter_=filter_,
        sort=sort,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    table_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | DatabaseRowPage | Error | None:
    """Data rows

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str):
        filter_ (list[str] | Unset):
        sort (list[str] | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DatabaseRowPage | Error
    """

    return sync_detailed(
        table_id=table_id,
        client=client,
        filter_=filter_,
        sort=sort,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    table_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | DatabaseRowPage | Error]:
    """Data rows

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str):
        filter_ (list[str] | Unset):
        sort (list[str] | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DatabaseRowPage | Error]
    """

    kwargs = _get_kwargs(
        table_id=table_id,
        filter_=filter_,
        sort=sort,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | DatabaseRowPage | Error | None:
    """Data rows

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str):
        filter_ (list[str] | Unset):
        sort (list[str] | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DatabaseRowPage | Error
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            client=client,
            filter_=filter_,
            sort=sort,
            start=start,
            end=end,
        )
    ).parsed
