from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.career_cluster_occupation_list import CareerClusterOccupationList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort"] = sort

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/career_clusters/all",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_all_career_cluster_occupations",
                "path_template": "/online/career_clusters/all",
                "path_params": {},
                "query_params": {
                    "sort": sort,
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "CareerClusterOccupationList",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | CareerClusterOccupationList | Error | None:
    if response.status_code == 200:
        response_200 = CareerClusterOccupationList.from_dict(body)

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
) -> Any | CareerClusterOccupationList | Error | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CareerClusterOccupationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerClusterOccupationList | Error]:
    """Occupations in all Career Clusters

     Path and paging are seen in a v2 client; per-item cluster/sub-cluster members and sort values follow
    v1.9 and are unconfirmed.

    Pages through the occupations linked to any Career Cluster (sorted by cluster in v1.9).

    Args:
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerClusterOccupationList | Error]
    """

    kwargs = _get_kwargs(
        sort=sort,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerClusterOccupationList | Error | None:
    """Occupations in all Career Clusters

     Path and paging are seen in a v2 client; per-item cluster/sub-cluster members and sort values follow
    v1.9 and are unconfirmed.

    Pages through the occupations linked to any Career Cluster (sorted by cluster in v1.9).

    Args:
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerClusterOccupationList | Error
    """

    return sync_detailed(
        client=client,
        sort=sort,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerClusterOccupationList | Error]:
    """Occupations in all Career Clusters

     Path and paging are seen in a v2 client; per-item cluster/sub-cluster members and sort values follow
    v1.9 and are unconfirmed.

    Pages through the occupations linked to any Career Cluster (sorted by cluster in v1.9).

    Args:
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerClusterOccupationList | Error]
    """

    kwargs = _get_kwargs(
        sort=sort,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerClusterOccupationList | Error | None:
    """Occupations in all Career Clusters

     Path and paging are seen in a v2 client; per-item cluster/sub-cluster members and sort values follow
    v1.9 and are unconfirmed.

    Pages through the occupations linked to any Career Cluster (sorted by cluster in v1.9).

    Args:
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerClusterOccupationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            sort=sort,
            start=start,
            end=end,
        )
    ).parsed
