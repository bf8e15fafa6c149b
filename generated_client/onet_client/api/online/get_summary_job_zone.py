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
from ...models.report_job_zone import ReportJobZone


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/occupations/{code}/summary/job_zone".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "get_summary_job_zone",
                "path_template": "/online/occupations/{code}/summary/job_zone",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ReportJobZone",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | ReportJobZone | str | None:
    if response.status_code == 200:
        response_200 = ReportJobZone.from_dict(body)

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
) -> Error | ReportJobZone | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | ReportJobZone | str]:
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
) -> Response[Error | ReportJobZone | str]:
    """Job Zone (summary report)

     The response shape comes from typed v2 client code, not from a readable manual page (a details-
    report body with the same fields was captured live); start/end are ignored.

    Returns the occupation's Job Zone: the zone number and title with typical education, related
    experience, on-the-job training, example occupations and SVP range. Not paged.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Response[Error | ReportJobZone | str]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | ReportJobZone | str | None:
    """Job Zone (summary report)

     The response shape comes from typed v2 client code, not from a readable manual page (a details-
    report body with the same fields was captured live); start/end are ignored.

    Returns the occupation's Job Zone: the zone number and title with typical education, related
    experience, on-the-job training, example occupations and SVP range. Not paged.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Error | ReportJobZone | str
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | ReportJobZone | str]:
    """Job Zone (summary report)

     The response shape comes from typed v2 client code, not from a readable manual page (a details-
    report body with the same fields was captured live); start/end are ignored.

    Returns the occupation's Job Zone: the zone number and title with typical education, related
    experience, on-the-job training, example occupations and SVP range. Not paged.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Response[Error | ReportJobZone | str]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | ReportJobZone | str | None:
    """Job Zone (summary report)

     The response shape comes from typed v2 client code, not from a readable manual page (a details-
    report body with the same fields was captured live); start/end are ignored.

    Returns the occupation's Job Zone: the zone number and title with typical education, related
    experience, on-the-job training, example occupations and SVP range. Not paged.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Error | ReportJobZone | str
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
