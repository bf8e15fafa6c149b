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

from ...models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
from ...models.error import Error
from ...models.interest_profiler_careers import InterestProfilerCareers
from ...types import UNSET, Unset


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
                "operation_id": "get_mnm_interest_profiler_careers",
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
    403: "str",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | InterestProfilerCareers | str | None:
    if response.status_code == 200:
        response_200 = InterestProfilerCareers.from_dict(body)

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
) -> Error | InterestProfilerCareers | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | InterestProfilerCareers | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
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
) -> Response[Error | InterestProfilerCareers | str]:
    """Matching careers (My Next Move)

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset): One digit 1-5 per item in index order (1 = strongly dislike .. 5 =
            strongly like): 60 digits for the Short Form, 30 for the Mini-IP. Give either answers or
            all six interest scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
        realistic (int | Unset): Realistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        investigative (int | Unset): Investigative interest score (from the Results operation or
            the paper Interest Profiler). Give all six scores together instead of answers.
            Constraints: min 0.
        artistic (int | Unset): Artistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        social (int | Unset): Social interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        enterprising (int | Unset): Enterprising interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        conventional (int | Unset): Conventional interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        zone (CareerJobZoneCode | Unset): Return only careers in this Job Zone. The v1.9 name
            job_zone is silently ignored by v2. One of: 1, 2, 3, 4, 5.
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
        Response[Error | InterestProfilerCareers | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
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
) -> Error | InterestProfilerCareers | str | None:
    """Matching careers (My Next Move)

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset): One digit 1-5 per item in index order (1 = strongly dislike .. 5 =
            strongly like): 60 digits for the Short Form, 30 for the Mini-IP. Give either answers or
            all six interest scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
        realistic (int | Unset): Realistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        investigative (int | Unset): Investigative interest score (from the Results operation or
            the paper Interest Profiler). Give all six scores together instead of answers.
            Constraints: min 0.
        artistic (int | Unset): Artistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        social (int | Unset): Social interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        enterprising (int | Unset): Enterprising interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        conventional (int | Unset): Conventional interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        zone (CareerJobZoneCode | Unset): Return only careers in this Job Zone. The v1.9 name
            job_zone is silently ignored by v2. One of: 1, 2, 3, 4, 5.
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
        Error | InterestProfilerCareers | str
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
    client: "AuthenticatedClient | Client | SDKClient",
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
) -> Response[Error | InterestProfilerCareers | str]:
    """Matching careers (My Next Move)

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset): One digit 1-5 per item in index order (1 = strongly dislike .. 5 =
            strongly like): 60 digits for the Short Form, 30 for the Mini-IP. Give either answers or
            all six interest scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
        realistic (int | Unset): Realistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        investigative (int | Unset): Investigative interest score (from the Results operation or
            the paper Interest Profiler). Give all six scores together instead of answers.
            Constraints: min 0.
        artistic (int | Unset): Artistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        social (int | Unset): Social interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        enterprising (int | Unset): Enterprising interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        conventional (int | Unset): Conventional interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        zone (CareerJobZoneCode | Unset): Return only careers in this Job Zone. The v1.9 name
            job_zone is silently ignored by v2. One of: 1, 2, 3, 4, 5.
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
        Response[Error | InterestProfilerCareers | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
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
) -> Error | InterestProfilerCareers | str | None:
    """Matching careers (My Next Move)

     Documented by the v2 manual page (path, parameters, body); only the page-size limit for this list is
    not established.

    Returns careers matching either an answers string or all six interest scores (exactly one of the two
    sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
    career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
    default.

    Args:
        answers (str | Unset): One digit 1-5 per item in index order (1 = strongly dislike .. 5 =
            strongly like): 60 digits for the Short Form, 30 for the Mini-IP. Give either answers or
            all six interest scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
        realistic (int | Unset): Realistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        investigative (int | Unset): Investigative interest score (from the Results operation or
            the paper Interest Profiler). Give all six scores together instead of answers.
            Constraints: min 0.
        artistic (int | Unset): Artistic interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        social (int | Unset): Social interest score (from the Results operation or the paper
            Interest Profiler). Give all six scores together instead of answers. Constraints: min 0.
        enterprising (int | Unset): Enterprising interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        conventional (int | Unset): Conventional interest score (from the Results operation or the
            paper Interest Profiler). Give all six scores together instead of answers. Constraints:
            min 0.
        zone (CareerJobZoneCode | Unset): Return only careers in this Job Zone. The v1.9 name
            job_zone is silently ignored by v2. One of: 1, 2, 3, 4, 5.
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
        Error | InterestProfilerCareers | str
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
