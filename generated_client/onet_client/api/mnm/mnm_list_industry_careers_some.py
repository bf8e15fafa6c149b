from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.career_listing import CareerListing
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    industry_code: int,
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
        "url": "/mnm/industries/{industry_code}/some_people".format(
            industry_code=quote(str(industry_code), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "mnm_list_industry_careers_some",
                "path_template": "/mnm/industries/{industry_code}/some_people",
                "path_params": {
                    "industry_code": industry_code,
                },
                "query_params": {
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "CareerListing",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | CareerListing | Error | None:
    if response.status_code == 200:
        response_200 = CareerListing.from_dict(body)

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
) -> Any | CareerListing | Error | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CareerListing | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    industry_code: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerListing | Error]:
    """(Unverified path) Careers in industry (some people)

     Unverified path and body: candidates are /mnm/industries/{industry_code}/some_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

    Chosen for the same reason as the most-people list: separate services need separate paths. Lists
    careers that employ some (but not most) of their workers in the given industry.

    Args:
        industry_code (int):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerListing | Error]
    """

    kwargs = _get_kwargs(
        industry_code=industry_code,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    industry_code: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerListing | Error | None:
    """(Unverified path) Careers in industry (some people)

     Unverified path and body: candidates are /mnm/industries/{industry_code}/some_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

    Chosen for the same reason as the most-people list: separate services need separate paths. Lists
    careers that employ some (but not most) of their workers in the given industry.

    Args:
        industry_code (int):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerListing | Error
    """

    return sync_detailed(
        industry_code=industry_code,
        client=client,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    industry_code: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerListing | Error]:
    """(Unverified path) Careers in industry (some people)

     Unverified path and body: candidates are /mnm/industries/{industry_code}/some_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

    Chosen for the same reason as the most-people list: separate services need separate paths. Lists
    careers that employ some (but not most) of their workers in the given industry.

    Args:
        industry_code (int):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerListing | Error]
    """

    kwargs = _get_kwargs(
        industry_code=industry_code,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    industry_code: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerListing | Error | None:
    """(Unverified path) Careers in industry (some people)

     Unverified path and body: candidates are /mnm/industries/{industry_code}/some_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

    Chosen for the same reason as the most-people list: separate services need separate paths. Lists
    careers that employ some (but not most) of their workers in the given industry.

    Args:
        industry_code (int):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerListing | Error
    """

    return (
        await asyncio_detailed(
            industry_code=industry_code,
            client=client,
            start=start,
            end=end,
        )
    ).parsed
