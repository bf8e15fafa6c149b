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

from ...models.error import Error
from ...models.stem_all_occupation_list import StemAllOccupationList
from ...models.stem_occupations_sort import StemOccupationsSort, check_stem_occupations_sort
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    job_family: str | Unset = UNSET,
    sort: StemOccupationsSort | Unset = UNSET,
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
    403: "str",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | StemAllOccupationList | str | None:
    if response.status_code == 200:
        response_200 = StemAllOccupationList.from_dict(body)

        return response_200

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        response_403 = response.text
        return response_403

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
) -> Error | StemAllOccupationList | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | StemAllOccupationList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    job_family: str | Unset = UNSET,
    sort: StemOccupationsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Error | StemAllOccupationList | str]:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset): Restrict results to one Job Family, given by its code (e.g.
            11-0000). No filter by default. Constraints: pattern ^\\d{2}-0000$.
        sort (StemOccupationsSort | Unset): Sort order. One of: 'job_family', 'title', 'code',
            'stem_occupation_type'.
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
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | StemAllOccupationList | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
    job_family: str | Unset = UNSET,
    sort: StemOccupationsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Error | StemAllOccupationList | str | None:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset): Restrict results to one Job Family, given by its code (e.g.
            11-0000). No filter by default. Constraints: pattern ^\\d{2}-0000$.
        sort (StemOccupationsSort | Unset): Sort order. One of: 'job_family', 'title', 'code',
            'stem_occupation_type'.
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
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | StemAllOccupationList | str
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
    client: "AuthenticatedClient | Client | SDKClient",
    job_family: str | Unset = UNSET,
    sort: StemOccupationsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Error | StemAllOccupationList | str]:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset): Restrict results to one Job Family, given by its code (e.g.
            11-0000). No filter by default. Constraints: pattern ^\\d{2}-0000$.
        sort (StemOccupationsSort | Unset): Sort order. One of: 'job_family', 'title', 'code',
            'stem_occupation_type'.
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
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | StemAllOccupationList | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
    job_family: str | Unset = UNSET,
    sort: StemOccupationsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Error | StemAllOccupationList | str | None:
    """All STEM occupations

     Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

    Pages through every occupation linked to at least one STEM occupation type; each result lists its
    types and its Job Family. Sorted by title unless sort says otherwise.

    Args:
        job_family (str | Unset): Restrict results to one Job Family, given by its code (e.g.
            11-0000). No filter by default. Constraints: pattern ^\\d{2}-0000$.
        sort (StemOccupationsSort | Unset): Sort order. One of: 'job_family', 'title', 'code',
            'stem_occupation_type'.
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
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | StemAllOccupationList | str
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
