from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
from ...models.career_listing import CareerListing
from ...models.error import Error
from ...models.interest_profiler_area_code import InterestProfilerAreaCode, check_interest_profiler_area_code
from ...types import UNSET, Response, Unset


def _get_kwargs(
    interest_code: InterestProfilerAreaCode,
    *,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_zone: int | Unset = UNSET
    if not isinstance(zone, Unset):
        json_zone = zone

    params["zone"] = json_zone

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mpp/interestprofiler/interests/{interest_code}".format(
            interest_code=quote(str(interest_code), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "mpp_get_interest_profiler_interest_careers",
                "path_template": "/mpp/interestprofiler/interests/{interest_code}",
                "path_params": {
                    "interest_code": interest_code,
                },
                "query_params": {
                    "zone": zone,
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
    interest_code: InterestProfilerAreaCode,
    *,
    client: AuthenticatedClient | Client,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerListing | Error]:
    """(Unverified path) Careers related to single interest

     Unverified path, parameters and body: the low-trust Go client uses
    /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
    .../interests/{n}/careers; zone and paging are assumed.

    The Go-client form is chosen because it nests under the documented interests listing and the
    alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
    one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

    Args:
        interest_code (InterestProfilerAreaCode): RIASEC interest area code (English in every
            tree).
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerListing | Error]
    """

    kwargs = _get_kwargs(
        interest_code=interest_code,
        zone=zone,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    interest_code: InterestProfilerAreaCode,
    *,
    client: AuthenticatedClient | Client,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerListing | Error | None:
    """(Unverified path) Careers related to single interest

     Unverified path, parameters and body: the low-trust Go client uses
    /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
    .../interests/{n}/careers; zone and paging are assumed.

    The Go-client form is chosen because it nests under the documented interests listing and the
    alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
    one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

    Args:
        interest_code (InterestProfilerAreaCode): RIASEC interest area code (English in every
            tree).
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerListing | Error
    """

    return sync_detailed(
        interest_code=interest_code,
        client=client,
        zone=zone,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    interest_code: InterestProfilerAreaCode,
    *,
    client: AuthenticatedClient | Client,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | CareerListing | Error]:
    """(Unverified path) Careers related to single interest

     Unverified path, parameters and body: the low-trust Go client uses
    /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
    .../interests/{n}/careers; zone and paging are assumed.

    The Go-client form is chosen because it nests under the documented interests listing and the
    alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
    one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

    Args:
        interest_code (InterestProfilerAreaCode): RIASEC interest area code (English in every
            tree).
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerListing | Error]
    """

    kwargs = _get_kwargs(
        interest_code=interest_code,
        zone=zone,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    interest_code: InterestProfilerAreaCode,
    *,
    client: AuthenticatedClient | Client,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | CareerListing | Error | None:
    """(Unverified path) Careers related to single interest

     Unverified path, parameters and body: the low-trust Go client uses
    /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
    .../interests/{n}/careers; zone and paging are assumed.

    The Go-client form is chosen because it nests under the documented interests listing and the
    alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
    one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

    Args:
        interest_code (InterestProfilerAreaCode): RIASEC interest area code (English in every
            tree).
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
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
            interest_code=interest_code,
            client=client,
            zone=zone,
            start=start,
            end=end,
        )
    ).parsed
