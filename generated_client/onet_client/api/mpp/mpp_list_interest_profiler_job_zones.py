from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.interest_profiler_job_zone import InterestProfilerJobZone
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mpp/interestprofiler/job_zones",
        "extensions": {
            "sdk": {
                "operation_id": "mpp_list_interest_profiler_job_zones",
                "path_template": "/mpp/interestprofiler/job_zones",
                "path_params": {},
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[InterestProfilerJobZone]",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | list[InterestProfilerJobZone] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_interest_profiler_job_zones_item_data in _response_200:
            componentsschemas_interest_profiler_job_zones_item = InterestProfilerJobZone.from_dict(
                componentsschemas_interest_profiler_job_zones_item_data
            )

            response_200.append(componentsschemas_interest_profiler_job_zones_item)

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
) -> Any | Error | list[InterestProfilerJobZone] | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[InterestProfilerJobZone]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[InterestProfilerJobZone]]:
    """Job Zones

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[InterestProfilerJobZone]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[InterestProfilerJobZone] | None:
    """Job Zones

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[InterestProfilerJobZone]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[InterestProfilerJobZone]]:
    """Job Zones

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[InterestProfilerJobZone]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[InterestProfilerJobZone] | None:
    """Job Zones

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[InterestProfilerJobZone]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
