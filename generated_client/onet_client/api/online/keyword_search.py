from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.keyword_search_results import KeywordSearchResults
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
        "url": "/online/search",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "keyword_search",
                "path_template": "/online/search",
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
    200: "KeywordSearchResults",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | KeywordSearchResults | None:
    if response.status_code == 200:
        response_200 = KeywordSearchResults.from_dict(body)

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
) -> Any | Error | KeywordSearchResults | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | KeywordSearchResults]:
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
) -> Response[Any | Error | KeywordSearchResults]:
    """Keyword search

     Path and paging are seen in v2 client code; whether items still carry v1.9's relevance_score is
    unverified, so it is optional.

    Finds O*NET-SOC occupations matching words, a phrase, a job title or a full or partial O*NET-SOC
    code, ranked by relevance. Obsolete codes are mapped to current occupations (v1.9 behaviour). Inputs
    are not echoed in the body.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | KeywordSearchResults]
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
) -> Any | Error | KeywordSearchResults | None:
    """Keyword search

     Path and paging are seen in v2 client code; whether items still carry v1.9's relevance_score is
    unverified, so it is optional.

    Finds O*NET-SOC occupations matching words, a phrase, a job title or a full or partial O*NET-SOC
    code, ranked by relevance. Obsolete codes are mapped to current occupations (v1.9 behaviour). Inputs
    are not echoed in the body.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | KeywordSearchResults
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
) -> Response[Any | Error | KeywordSearchResults]:
    """Keyword search

     Path and paging are seen in v2 client code; whether items still carry v1.9's relevance_score is
    unverified, so it is optional.

    Finds O*NET-SOC occupations matching words, a phrase, a job title or a full or partial O*NET-SOC
    code, ranked by relevance. Obsolete codes are mapped to current occupations (v1.9 behaviour). Inputs
    are not echoed in the body.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | KeywordSearchResults]
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
) -> Any | Error | KeywordSearchResults | None:
    """Keyword search

     Path and paging are seen in v2 client code; whether items still carry v1.9's relevance_score is
    unverified, so it is optional.

    Finds O*NET-SOC occupations matching words, a phrase, a job title or a full or partial O*NET-SOC
    code, ranked by relevance. Obsolete codes are mapped to current occupations (v1.9 behaviour). Inputs
    are not echoed in the body.

    Args:
        keyword (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | KeywordSearchResults
    """

    return (
        await asyncio_detailed(
            client=client,
            keyword=keyword,
            start=start,
            end=end,
        )
    ).parsed
