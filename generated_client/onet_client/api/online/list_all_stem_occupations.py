from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_all_stem_occupations_sort import ListAllStemOccupationsSort, check_list_all_stem_occupations_sort
from ...models.stem_all_occupation_list import StemAllOccupationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_family: str | Unset = UNSET,
    sort: ListAllStemOccupationsSort | Unset = "title",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_family"] = job_family

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/stem_occupations/all",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_all_stem_occupations",
                "path_template": "/online/stem_occupations/all",
                "path_params": {},
                "query_params": {
                    "job_family": job_family,
                    "sort": sort,
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "StemAllOccupationList",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | StemAllOccupationList | None:
    if response.status_code == 200:
        response_200 = StemAllOccupationList.from_dict(body)

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
) -> Any | Error | StemAllOccupationList | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | StemAllOccupationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_family: str | Unset = UNSET,
    sort: ListAllStemOccupationsSort | Unset = "title",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | StemAllOccupationList]:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset):
        sort (ListAllStemOccupationsSort | Unset):  Default: 'title'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StemAllOccupationList]
    """

    kwargs = _get_kwargs(
        job_family=job_family,
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
    job_family: str | Unset = UNSET,
    sort: ListAllStemOccupationsSort | Unset = "title",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | StemAllOccupationList | None:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset):
        sort (ListAllStemOccupationsSort | Unset):  Default: 'title'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StemAllOccupationList
    """

    return sync_detailed(
        client=client,
        job_family=job_family,
        sort=sort,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_family: str | Unset = UNSET,
    sort: ListAllStemOccupationsSort | Unset = "title",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | StemAllOccupationList]:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset):
        sort (ListAllStemOccupationsSort | Unset):  Default: 'title'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StemAllOccupationList]
    """

    kwargs = _get_kwargs(
        job_family=job_family,
        sort=sort,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_family: str | Unset = UNSET,
    sort: ListAllStemOccupationsSort | Unset = "title",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | StemAllOccupationList | None:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset):
        sort (ListAllStemOccupationsSort | Unset):  Default: 'title'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StemAllOccupationList
    """

    return (
        await asyncio_detailed(
            client=client,
            job_family=job_family,
            sort=sort,
            start=start,
            end=end,
        )
    ).parsed
