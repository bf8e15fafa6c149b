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

from ...models.database_row_page import DatabaseRowPage
from ...models.error import Error
from ...types import UNSET, Unset


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
                "operation_id": "list_database_rows",
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
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> DatabaseRowPage | Error | str | None:
    if response.status_code == 200:
        response_200 = DatabaseRowPage.from_dict(body)

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
) -> DatabaseRowPage | Error | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[DatabaseRowPage | Error | str]:
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
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[DatabaseRowPage | Error | str]:
    """Data rows

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `row`.

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).
        filter_ (list[str] | Unset): Repeatable filter column_id.operator.value, e.g.
            onetsoc_code.eq.15-1252.00. Text operators: eq, contains (v1.9); numeric eq, ne, lt, le,
            gt, ge are a guess.
        sort (list[str] | Unset): Repeatable sort key column_id or column_id.descending
            (unverified grammar).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start plus the operation's default page size minus one (x-onet-page-size-default: 5 for
            summary sections, 10 for details sections, 20 for search and browse listings). One page
            spans at most 1,000 results: a wider window is refused with 422 (measured; no live
            measurement supports the 2,000 of older notes). There is no schema maximum because end is
            an index: start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-
            default - 1. Constraints: min 1; at most 1000 results per request.

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
        Response[DatabaseRowPage | Error | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> DatabaseRowPage | Error | str | None:
    """Data rows

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `row`.

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).
        filter_ (list[str] | Unset): Repeatable filter column_id.operator.value, e.g.
            onetsoc_code.eq.15-1252.00. Text operators: eq, contains (v1.9); numeric eq, ne, lt, le,
            gt, ge are a guess.
        sort (list[str] | Unset): Repeatable sort key column_id or column_id.descending
            (unverified grammar).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start plus the operation's default page size minus one (x-onet-page-size-default: 5 for
            summary sections, 10 for details sections, 20 for search and browse listings). One page
            spans at most 1,000 results: a wider window is refused with 422 (measured; no live
            measurement supports the 2,000 of older notes). There is no schema maximum because end is
            an index: start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-
            default - 1. Constraints: min 1; at most 1000 results per request.

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
        DatabaseRowPage | Error | str
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
    client: "AuthenticatedClient | Client | SDKClient",
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[DatabaseRowPage | Error | str]:
    """Data rows

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `row`.

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).
        filter_ (list[str] | Unset): Repeatable filter column_id.operator.value, e.g.
            onetsoc_code.eq.15-1252.00. Text operators: eq, contains (v1.9); numeric eq, ne, lt, le,
            gt, ge are a guess.
        sort (list[str] | Unset): Repeatable sort key column_id or column_id.descending
            (unverified grammar).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start plus the operation's default page size minus one (x-onet-page-size-default: 5 for
            summary sections, 10 for details sections, 20 for search and browse listings). One page
            spans at most 1,000 results: a wider window is refused with 422 (measured; no live
            measurement supports the 2,000 of older notes). There is no schema maximum because end is
            an index: start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-
            default - 1. Constraints: min 1; at most 1000 results per request.

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
        Response[DatabaseRowPage | Error | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
    filter_: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> DatabaseRowPage | Error | str | None:
    """Data rows

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `row`.

     Paging and row envelope agree across typed clients; the filter syntax column.operator.value is
    confirmed for eq (text contains from v1.9), but numeric operators and the sort grammar are guesses
    because the manual's filter and sort examples page was unreadable.

    Returns rows of one database table, optionally filtered (all filters must match; text comparisons
    are case-insensitive in v1.9) and sorted. Clients fetch up to 2000 rows per call.

    Args:
        table_id (str): Table identifier as given by table_id in the table list (lower-case
            snake_case in every observed value; display titles are rejected with 422).
        filter_ (list[str] | Unset): Repeatable filter column_id.operator.value, e.g.
            onetsoc_code.eq.15-1252.00. Text operators: eq, contains (v1.9); numeric eq, ne, lt, le,
            gt, ge are a guess.
        sort (list[str] | Unset): Repeatable sort key column_id or column_id.descending
            (unverified grammar).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start plus the operation's default page size minus one (x-onet-page-size-default: 5 for
            summary sections, 10 for details sections, 20 for search and browse listings). One page
            spans at most 1,000 results: a wider window is refused with 422 (measured; no live
            measurement supports the 2,000 of older notes). There is no schema maximum because end is
            an index: start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-
            default - 1. Constraints: min 1; at most 1000 results per request.

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
        DatabaseRowPage | Error | str
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
