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
    cluster_code: str,
    sub_cluster_code: str,
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
        "url": "/online/career_clusters/{cluster_code}/{sub_cluster_code}".format(
            cluster_code=quote(str(cluster_code), safe=""),
            sub_cluster_code=quote(str(sub_cluster_code), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_career_sub_cluster_occupations",
                "path_template": "/online/career_clusters/{cluster_code}/{sub_cluster_code}",
                "path_params": {
                    "cluster_code": cluster_code,
                    "sub_cluster_code": sub_cluster_code,
                },
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
    cluster_code: str,
    sub_cluster_code: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerClusterOccupationList | Error]:
    """(Unverified path) Occupations in a sub-cluster

     Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
    /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
    filter on the cluster listing; the body is assumed equal to the cluster listing.

    Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

    Args:
        cluster_code (str):
        sub_cluster_code (str):
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
        cluster_code=cluster_code,
        sub_cluster_code=sub_cluster_code,
        sort=sort,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_code: str,
    sub_cluster_code: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerClusterOccupationList | Error | None:
    """(Unverified path) Occupations in a sub-cluster

     Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
    /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
    filter on the cluster listing; the body is assumed equal to the cluster listing.

    Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

    Args:
        cluster_code (str):
        sub_cluster_code (str):
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
        cluster_code=cluster_code,
        sub_cluster_code=sub_cluster_code,
        client=client,
        sort=sort,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    cluster_code: str,
    sub_cluster_code: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerClusterOccupationList | Error]:
    """(Unverified path) Occupations in a sub-cluster

     Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
    /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
    filter on the cluster listing; the body is assumed equal to the cluster listing.

    Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

    Args:
        cluster_code (str):
        sub_cluster_code (str):
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
        cluster_code=cluster_code,
        sub_cluster_code=sub_cluster_code,
        sort=sort,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_code: str,
    sub_cluster_code: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerClusterOccupationList | Error | None:
    """(Unverified path) Occupations in a sub-cluster

     Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
    /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
    filter on the cluster listing; the body is assumed equal to the cluster listing.

    Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

    Args:
        cluster_code (str):
        sub_cluster_code (str):
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
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            client=client,
            sort=sort,
            start=start,
            end=end,
        )
    ).parsed
