from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_stem_type_occupations_sort import ListStemTypeOccupationsSort, check_list_stem_type_occupations_sort
from ...models.stem_type_occupation_list import StemTypeOccupationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_code: int,
    *,
    job_family: str | Unset = UNSET,
    sort: ListStemTypeOccupationsSort | Unset = "job_family",
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
        "url": "/online/stem_occupations/{type_code}".format(
            type_code=quote(str(type_code), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_stem_type_occupations",
                "path_template": "/online/stem_occupations/{type_code}",
                "path_params": {
                    "type_code": type_code,
                },
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
    200: "StemTypeOccupationList",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | StemTypeOccupationList | None:
    if response.status_code == 200:
        response_200 = StemTypeOccupationList.from_dict(body)

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
) -> Any | Error | StemTypeOccupationList | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | StemTypeOccupationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_code: int,
    *,
    client: AuthenticatedClient | Client,
    job_family: str | Unset = UNSET,
    sort: ListStemTypeOccupationsSort | Unset = "job_family",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | StemTypeOccupationList]:
    """Occupations in type

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through the occupations grouped into one STEM occupation type, each with its Job Family.
    Sorted by Job Family unless sort says otherwise; job_family narrows the list to one family.

    Args:
        type_code (int):
        job_family (str | Unset):
        sort (ListStemTypeOccupationsSort | Unset):  Default: 'job_family'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StemTypeOccupationList]
    """

    kwargs = _get_kwargs(
        type_code=type_code,
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
    type_code: int,
    *,
    client: AuthenticatedClient | Client,
    job_family: str | Unset = UNSET,
    sort: ListStemTypeOccupationsSort | Unset = "job_family",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | StemTypeOccupationList | None:
    """Occupations in type

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through the occupations grouped into one STEM occupation type, each with its Job Family.
    Sorted by Job Family unless sort says otherwise; job_family narrows the list to one family.

    Args:
        type_code (int):
        job_family (str | Unset):
        sort (ListStemTypeOccupationsSort | Unset):  Default: 'job_family'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StemTypeOccupationList
    """

    return sync_detailed(
        type_code=type_code,
        client=client,
        job_family=job_family,
        sort=sort,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    type_code: int,
    *,
    client: AuthenticatedClient | Client,
    job_family: str | Unset = UNSET,
    sort: ListStemTypeOccupationsSort | Unset = "job_family",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | StemTypeOccupationList]:
    """Occupations in type

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through the occupations grouped into one STEM occupation type, each with its Job Family.
    Sorted by Job Family unless sort says otherwise; job_family narrows the list to one family.

    Args:
        type_code (int):
        job_family (str | Unset):
        sort (ListStemTypeOccupationsSort | Unset):  Default: 'job_family'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | StemTypeOccupationList]
    """

    kwargs = _get_kwargs(
        type_code=type_code,
        job_family=job_family,
        sort=sort,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_code: int,
    *,
    client: AuthenticatedClient | Client,
    job_family: str | Unset = UNSET,
    sort: ListStemTypeOccupationsSort | Unset = "job_family",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | StemTypeOccupationList | None:
    """Occupations in type

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through the occupations grouped into one STEM occupation type, each with its Job Family.
    Sorted by Job Family unless sort says otherwise; job_family narrows the list to one family.

    Args:
        type_code (int):
        job_family (str | Unset):
        sort (ListStemTypeOccupationsSort | Unset):  Default: 'job_family'.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | StemTypeOccupationList
    """

    return (
        await asyncio_detailed(
            type_code=type_code,
            client=client,
            job_family=job_family,
            sort=sort,
            start=start,
            end=end,
        )
    ).parsed
