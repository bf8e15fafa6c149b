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

from ...models.service_index import ServiceIndex


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
        "extensions": {
            "sdk": {
                "operation_id": "get_service_index",
                "path_template": "/",
                "path_params": {},
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ServiceIndex",
    401: "Any",
    403: "str",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ServiceIndex | str | None:
    if response.status_code == 200:
        response_200 = ServiceIndex.from_dict(body)

        return response_200

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 429:
        return None

    if getattr(client, "raise_on_unexpected_status", False):  # the SDK clients raise typed errors before this
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> ServiceIndex | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ServiceIndex | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ServiceIndex | str]:
    """Service index

    Warning: unverified path (confidence: guess).

     Lists the service areas of the API (about, database, mnm, mpp, online, taxonomy, veterans) with
    links. The path is measured; the body layout is unverified (a guess).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[ServiceIndex | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ServiceIndex | str | None:
    """Service index

    Warning: unverified path (confidence: guess).

     Lists the service areas of the API (about, database, mnm, mpp, online, taxonomy, veterans) with
    links. The path is measured; the body layout is unverified (a guess).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        ServiceIndex | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ServiceIndex | str]:
    """Service index

    Warning: unverified path (confidence: guess).

     Lists the service areas of the API (about, database, mnm, mpp, online, taxonomy, veterans) with
    links. The path is measured; the body layout is unverified (a guess).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[ServiceIndex | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ServiceIndex | str | None:
    """Service index

    Warning: unverified path (confidence: guess).

     Lists the service areas of the API (about, database, mnm, mpp, online, taxonomy, veterans) with
    links. The path is measured; the body layout is unverified (a guess).

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        ServiceIndex | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
