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
from ...models.job_family_list_item import JobFamilyListItem


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/job_families/",
        "extensions": {
            "sdk": {
                "operation_id": "list_job_families",
                "path_template": "/online/job_families/",
                "path_params": {},
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[JobFamilyListItem]",
    400: "Error",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | list[JobFamilyListItem] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_job_family_list_item_data in _response_200:
            componentsschemas_job_family_list_item = JobFamilyListItem.from_dict(
                componentsschemas_job_family_list_item_data
            )

            response_200.append(componentsschemas_job_family_list_item)

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
) -> Error | list[JobFamilyListItem] | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | list[JobFamilyListItem] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[JobFamilyListItem] | str]:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

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
        Response[Error | list[JobFamilyListItem] | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[JobFamilyListItem] | str | None:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

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
        Error | list[JobFamilyListItem] | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[JobFamilyListItem] | str]:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

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
        Response[Error | list[JobFamilyListItem] | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[JobFamilyListItem] | str | None:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

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
        Error | list[JobFamilyListItem] | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
