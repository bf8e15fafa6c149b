from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.technology_search_example_results import TechnologySearchExampleResults
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    keyword: str,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keyword"] = keyword

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/technology/examples/search",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "technology_example_search",
                "path_template": "/online/technology/examples/search",
                "path_params": {},
                "query_params": {
                    "keyword": keyword,
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "TechnologySearchExampleResults",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | TechnologySearchExampleResults | None:
    if response.status_code == 200:
        response_200 = TechnologySearchExampleResults.from_dict(body)

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
) -> Any | Error | TechnologySearchExampleResults | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | TechnologySearchExampleResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | TechnologySearchExampleResults]:
    """Technology skills: example search

     Path, keyword and example[].href are seen in a working v2 script; the title member, other item
    members and paging are assumptions.

    Searches technology examples (software and tool products) by name, e.g. python; each hit links to
    the occupations that use it.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TechnologySearchExampleResults]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
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
    keyword: str,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | TechnologySearchExampleResults | None:
    """Technology skills: example search

     Path, keyword and example[].href are seen in a working v2 script; the title member, other item
    members and paging are assumptions.

    Searches technology examples (software and tool products) by name, e.g. python; each hit links to
    the occupations that use it.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TechnologySearchExampleResults
    """

    return sync_detailed(
        client=client,
        keyword=keyword,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | TechnologySearchExampleResults]:
    """Technology skills: example search

     Path, keyword and example[].href are seen in a working v2 script; the title member, other item
    members and paging are assumptions.

    Searches technology examples (software and tool products) by name, e.g. python; each hit links to
    the occupations that use it.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TechnologySearchExampleResults]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    keyword: str,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | TechnologySearchExampleResults | None:
    """Technology skills: example search

     Path, keyword and example[].href are seen in a working v2 script; the title member, other item
    members and paging are assumptions.

    Searches technology examples (software and tool products) by name, e.g. python; each hit links to
    the occupations that use it.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TechnologySearchExampleResults
    """

    return (
        await asyncio_detailed(
            client=client,
            keyword=keyword,
            start=start,
            end=end,
        )
    ).parsed
