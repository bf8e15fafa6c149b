from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.site_hot_technology_list import SiteHotTechnologyList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/hot_technology",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_hot_technologies",
                "path_template": "/online/hot_technology",
                "path_params": {},
                "query_params": {
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "SiteHotTechnologyList",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | SiteHotTechnologyList | None:
    if response.status_code == 200:
        response_200 = SiteHotTechnologyList.from_dict(body)

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
) -> Any | Error | SiteHotTechnologyList | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | SiteHotTechnologyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | SiteHotTechnologyList]:
    """(Unverified path) Hot Technologies listing (site-wide)

     Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
    other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
    only shows Hot Technologies as a per-occupation report, so this listing may not exist.

    Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
    list). Paging is assumed from the start/end parameters in the v2 test.

    Args:
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SiteHotTechnologyList]
    """

    kwargs = _get_kwargs(
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
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | SiteHotTechnologyList | None:
    """(Unverified path) Hot Technologies listing (site-wide)

     Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
    other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
    only shows Hot Technologies as a per-occupation report, so this listing may not exist.

    Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
    list). Paging is assumed from the start/end parameters in the v2 test.

    Args:
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SiteHotTechnologyList
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | SiteHotTechnologyList]:
    """(Unverified path) Hot Technologies listing (site-wide)

     Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
    other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
    only shows Hot Technologies as a per-occupation report, so this listing may not exist.

    Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
    list). Paging is assumed from the start/end parameters in the v2 test.

    Args:
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SiteHotTechnologyList]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | SiteHotTechnologyList | None:
    """(Unverified path) Hot Technologies listing (site-wide)

     Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
    other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
    only shows Hot Technologies as a per-occupation report, so this listing may not exist.

    Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
    list). Paging is assumed from the start/end parameters in the v2 test.

    Args:
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SiteHotTechnologyList
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
        )
    ).parsed
