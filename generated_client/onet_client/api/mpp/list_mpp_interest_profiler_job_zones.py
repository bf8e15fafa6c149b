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
from ...models.interest_profiler_job_zone import InterestProfilerJobZone


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mpp/interestprofiler/job_zones",
        "extensions": {
            "sdk": {
                "operation_id": "list_mpp_interest_profiler_job_zones",
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
    403: "str",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | list[InterestProfilerJobZone] | str | None:
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
) -> Error | list[InterestProfilerJobZone] | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | list[InterestProfilerJobZone] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[InterestProfilerJobZone] | str]:
    """Job Zones (Mi Próximo Paso)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

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
        Response[Error | list[InterestProfilerJobZone] | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[InterestProfilerJobZone] | str | None:
    """Job Zones (Mi Próximo Paso)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

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
        Error | list[InterestProfilerJobZone] | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[InterestProfilerJobZone] | str]:
    """Job Zones (Mi Próximo Paso)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

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
        Response[Error | list[InterestProfilerJobZone] | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[InterestProfilerJobZone] | str | None:
    """Job Zones (Mi Próximo Paso)

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
    vs code are open.

    Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
    careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

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
        Error | list[InterestProfilerJobZone] | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
