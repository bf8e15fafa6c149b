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
from ...models.report_summary_work_values import ReportSummaryWorkValues
from ...types import UNSET, Unset


def _get_kwargs(
    code: str,
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
        "url": "/online/occupations/{code}/summary/work_values".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "get_summary_work_values",
                "path_template": "/online/occupations/{code}/summary/work_values",
                "path_params": {
                    "code": code,
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
    200: "ReportSummaryWorkValues",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | ReportSummaryWorkValues | str | None:
    if response.status_code == 200:
        response_200 = ReportSummaryWorkValues.from_dict(body)

        return response_200

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
) -> Error | ReportSummaryWorkValues | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | ReportSummaryWorkValues | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Error | ReportSummaryWorkValues | str]:
    """Work Values (summary report)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

     The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
    response shape and paging are carried over from v1.9.

    Would list the work values (what a worker needs from the job to be satisfied) that matter for the
    occupation. Marked deprecated here: expect 404 and do not rely on it.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.
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
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | ReportSummaryWorkValues | str]
    """

    kwargs = _get_kwargs(
        code=code,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Error | ReportSummaryWorkValues | str | None:
    """Work Values (summary report)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

     The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
    response shape and paging are carried over from v1.9.

    Would list the work values (what a worker needs from the job to be satisfied) that matter for the
    occupation. Marked deprecated here: expect 404 and do not rely on it.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.
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
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | ReportSummaryWorkValues | str
    """

    return sync_detailed(
        code=code,
        client=client,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Error | ReportSummaryWorkValues | str]:
    """Work Values (summary report)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

     The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
    response shape and paging are carried over from v1.9.

    Would list the work values (what a worker needs from the job to be satisfied) that matter for the
    occupation. Marked deprecated here: expect 404 and do not rely on it.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.
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
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | ReportSummaryWorkValues | str]
    """

    kwargs = _get_kwargs(
        code=code,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Error | ReportSummaryWorkValues | str | None:
    """Work Values (summary report)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

     The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
    response shape and paging are carried over from v1.9.

    Would list the work values (what a worker needs from the job to be satisfied) that matter for the
    occupation. Marked deprecated here: expect 404 and do not rely on it.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.
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
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | ReportSummaryWorkValues | str
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            start=start,
            end=end,
        )
    ).parsed
