from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_family_list_item import JobFamilyListItem
from ...types import UNSET, Response


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
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | list[JobFamilyListItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_job_family_list_item_data in _response_200:
            componentsschemas_job_family_list_item = JobFamilyListItem.from_dict(
                componentsschemas_job_family_list_item_data
            )

            response_200.append(componentsschemas_job_family_list_item)

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
) -> Any | Error | list[JobFamilyListItem] | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[JobFamilyListItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[JobFamilyListItem]]:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[JobFamilyListItem]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[JobFamilyListItem] | None:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[JobFamilyListItem]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[JobFamilyListItem]]:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[JobFamilyListItem]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[JobFamilyListItem] | None:
    """(Unverified path) Browse by Job Family / Job Zone / Industry

     Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
    candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
    /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
    the Job Family listing is modelled.

    Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
    the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
    and item property on STEM lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[JobFamilyListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
