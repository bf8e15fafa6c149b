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

from ...models.career_listing import CareerListing
from ...models.error import Error
from ...types import UNSET, Unset


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
        "url": "/mnm/industries/{industry_code}/most_people".format(
            industry_code=quote(str(industry_code), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_mnm_industry_careers_most",
                "path_template": "/mnm/industries/{industry_code}/most_people",
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
    400: "Error",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> CareerListing | Error | str | None:
    if response.status_code == 200:
        response_200 = CareerListing.from_dict(body)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(body)

        return response_400

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
) -> CareerListing | Error | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[CareerListing | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    industry_code: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[CareerListing | Error | str]:
    """(Unverified path) Careers in industry (most people) (My Next Move)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mnm/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

     Unverified path and body: candidates are /mnm/industries/{industry_code}/most_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry.

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
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
        BadRequestError: the API rejected the arguments (HTTP 400)
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
        Response[CareerListing | Error | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> CareerListing | Error | str | None:
    """(Unverified path) Careers in industry (most people) (My Next Move)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mnm/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

     Unverified path and body: candidates are /mnm/industries/{industry_code}/most_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry.

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
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
        BadRequestError: the API rejected the arguments (HTTP 400)
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
        CareerListing | Error | str
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
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[CareerListing | Error | str]:
    """(Unverified path) Careers in industry (most people) (My Next Move)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mnm/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

     Unverified path and body: candidates are /mnm/industries/{industry_code}/most_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry.

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
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
        BadRequestError: the API rejected the arguments (HTTP 400)
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
        Response[CareerListing | Error | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> CareerListing | Error | str | None:
    """(Unverified path) Careers in industry (most people) (My Next Move)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mnm/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

     Unverified path and body: candidates are /mnm/industries/{industry_code}/most_people (low-trust Go
    client) and /mnm/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

    The most_people form is chosen because the manual lists most/some as two services and a query switch
    (category=most|some) on one path could not be two operations; the Go client may also echo the
    industry code/title. Lists careers for which most workers are employed in the given industry.

    Args:
        industry_code (int): Industry code from the industry listing (integer in v1.9, e.g. 54).
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
        BadRequestError: the API rejected the arguments (HTTP 400)
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
        CareerListing | Error | str
    """

    return (
        await asyncio_detailed(
            industry_code=industry_code,
            client=client,
            start=start,
            end=end,
        )
    ).parsed
