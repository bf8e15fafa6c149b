from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
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
        "url": "/mpp/industries/{industry_code}/most_people".format(
            industry_code=quote(str(industry_code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CareerListing | Error | None:
    if response.status_code == 200:
        response_200 = CareerListing.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        return None

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CareerListing | Error]:
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
) -> Response[CareerListing | Error]:
    """(Unverified path) Careers in industry (most people)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=most.

     Unverified path and body: candidates are /mpp/industries/{industry_code}/most_people (low-trust Go
    client) and /mpp/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry. (Mi
    Próximo Paso tree.)

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start + 19; one page spans at most 2000 results (end - start + 1 <= 2000). Default: start
            + 19. Constraints: min 1; at most 2000 results per request.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[CareerListing | Error]
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
) -> CareerListing | Error | None:
    """(Unverified path) Careers in industry (most people)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=most.

     Unverified path and body: candidates are /mpp/industries/{industry_code}/most_people (low-trust Go
    client) and /mpp/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry. (Mi
    Próximo Paso tree.)

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start + 19; one page spans at most 2000 results (end - start + 1 <= 2000). Default: start
            + 19. Constraints: min 1; at most 2000 results per request.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        CareerListing | Error
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
) -> Response[CareerListing | Error]:
    """(Unverified path) Careers in industry (most people)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=most.

     Unverified path and body: candidates are /mpp/industries/{industry_code}/most_people (low-trust Go
    client) and /mpp/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry. (Mi
    Próximo Paso tree.)

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start + 19; one page spans at most 2000 results (end - start + 1 <= 2000). Default: start
            + 19. Constraints: min 1; at most 2000 results per request.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[CareerListing | Error]
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
) -> CareerListing | Error | None:
    """(Unverified path) Careers in industry (most people)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=most.

     Unverified path and body: candidates are /mpp/industries/{industry_code}/most_people (low-trust Go
    client) and /mpp/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry. (Mi
    Próximo Paso tree.)

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
        start (int | Unset): 1-based index of the first result returned. Default: 1. Constraints:
            min 1.
        end (int | Unset): 1-based index of the last result returned (inclusive). Defaults to
            start + 19; one page spans at most 2000 results (end - start + 1 <= 2000). Default: start
            + 19. Constraints: min 1; at most 2000 results per request.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        CareerListing | Error
    """

    return (
        await asyncio_detailed(
            industry_code=industry_code,
            client=client,
            start=start,
            end=end,
        )
    ).parsed
