from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
from ...models.error import Error
from ...models.interest_profiler_careers import InterestProfilerCareers
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    answers: str | Unset = UNSET,
    realistic: int | Unset = UNSET,
    investigative: int | Unset = UNSET,
    artistic: int | Unset = UNSET,
    social: int | Unset = UNSET,
    enterprising: int | Unset = UNSET,
    conventional: int | Unset = UNSET,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["answers"] = answers

    params["realistic"] = realistic

    params["investigative"] = investigative

    params["artistic"] = artistic

    params["social"] = social

    params["enterprising"] = enterprising

    params["conventional"] = conventional

    json_zone: int | Unset = UNSET
    if not isinstance(zone, Unset):
        json_zone = zone

    params["zone"] = json_zone

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mnm/interestprofiler/careers",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "mnm_get_interest_profiler_careers",
                "path_template": "/mnm/interestprofiler/careers",
                "path_params": {},
                "query_params": {
                    "answers": answers,
                    "realistic": realistic,
                    "investigative": investigative,
                    "artistic": artistic,
                    "social": social,
                    "enterprising": enterprising,
                    "conventional": conventional,
                    "zone": zone,
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "InterestProfilerCareers",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | InterestProfilerCareers | None:
    if response.status_code == 200:
        response_200 = InterestProfilerCareers.from_dict(body)

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
) -> Any | Error | InterestProfilerCareers | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | InterestProfilerCareers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    answers: str | Unset = UNSET,
    realistic: int | Unset = UNSET,
    investigative: int | Unset = UNSET,
    artistic: int | Unset = UNSET,
    social: int | Unset = UNSET,
    enterprising: int | Unset = UNSET,
    conventional: int | Unset = UNSET,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | InterestProfilerCareers]:
    """Matching careers

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset):
        realistic (int | Unset):
        investigative (int | Unset):
        artistic (int | Unset):
        social (int | Unset):
        enterprising (int | Unset):
        conventional (int | Unset):
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InterestProfilerCareers]
    """

    kwargs = _get_kwargs(
        answers=answers,
        realistic=realistic,
        investigative=investigative,
        artistic=artistic,
        social=social,
        enterprising=enterprising,
        conventional=conventional,
        zone=zone,
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
    answers: str | Unset = UNSET,
    realistic: int | Unset = UNSET,
    investigative: int | Unset = UNSET,
    artistic: int | Unset = UNSET,
    social: int | Unset = UNSET,
    enterprising: int | Unset = UNSET,
    conventional: int | Unset = UNSET,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | InterestProfilerCareers | None:
    """Matching careers

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset):
        realistic (int | Unset):
        investigative (int | Unset):
        artistic (int | Unset):
        social (int | Unset):
        enterprising (int | Unset):
        conventional (int | Unset):
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InterestProfilerCareers
    """

    return sync_detailed(
        client=client,
        answers=answers,
        realistic=realistic,
        investigative=investigative,
        artistic=artistic,
        social=social,
        enterprising=enterprising,
        conventional=conventional,
        zone=zone,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    answers: str | Unset = UNSET,
    realistic: int | Unset = UNSET,
    investigative: int | Unset = UNSET,
    artistic: int | Unset = UNSET,
    social: int | Unset = UNSET,
    enterprising: int | Unset = UNSET,
    conventional: int | Unset = UNSET,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | InterestProfilerCareers]:
    """Matching careers

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset):
        realistic (int | Unset):
        investigative (int | Unset):
        artistic (int | Unset):
        social (int | Unset):
        enterprising (int | Unset):
        conventional (int | Unset):
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InterestProfilerCareers]
    """

    kwargs = _get_kwargs(
        answers=answers,
        realistic=realistic,
        investigative=investigative,
        artistic=artistic,
        social=social,
        enterprising=enterprising,
        conventional=conventional,
        zone=zone,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    answers: str | Unset = UNSET,
    realistic: int | Unset = UNSET,
    investigative: int | Unset = UNSET,
    artistic: int | Unset = UNSET,
    social: int | Unset = UNSET,
    enterprising: int | Unset = UNSET,
    conventional: int | Unset = UNSET,
    zone: CareerJobZoneCode | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | InterestProfilerCareers | None:
    """Matching careers

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset):
        realistic (int | Unset):
        investigative (int | Unset):
        artistic (int | Unset):
        social (int | Unset):
        enterprising (int | Unset):
        conventional (int | Unset):
        zone (CareerJobZoneCode | Unset): Job Zone number: 1 (little or no preparation) to 5
            (extensive preparation).
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InterestProfilerCareers
    """

    return (
        await asyncio_detailed(
            client=client,
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )
    ).parsed
