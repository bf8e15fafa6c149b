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
from ...models.professional_associations_for_occupation import ProfessionalAssociationsForOccupation


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/professional_associations/{code}".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "list_occupation_professional_associations",
                "path_template": "/online/professional_associations/{code}",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ProfessionalAssociationsForOccupation",
    400: "Error",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | ProfessionalAssociationsForOccupation | str | None:
    if response.status_code == 200:
        response_200 = ProfessionalAssociationsForOccupation.from_dict(body)

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
) -> Error | ProfessionalAssociationsForOccupation | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | ProfessionalAssociationsForOccupation | str]:
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
) -> Response[Error | ProfessionalAssociationsForOccupation | str]:
    """(Unverified path) Related associations for occupation

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

     Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
    client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

    Lists professional associations relevant to the selected occupation.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Response[Error | ProfessionalAssociationsForOccupation | str]
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
) -> Error | ProfessionalAssociationsForOccupation | str | None:
    """(Unverified path) Related associations for occupation

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

     Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
    client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

    Lists professional associations relevant to the selected occupation.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Error | ProfessionalAssociationsForOccupation | str
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | ProfessionalAssociationsForOccupation | str]:
    """(Unverified path) Related associations for occupation

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

     Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
    client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

    Lists professional associations relevant to the selected occupation.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Response[Error | ProfessionalAssociationsForOccupation | str]
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
) -> Error | ProfessionalAssociationsForOccupation | str | None:
    """(Unverified path) Related associations for occupation

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

     Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
    client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

    Lists professional associations relevant to the selected occupation.

    Args:
        code (str): O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00.
            Constraints: pattern ^\\d{2}-\\d{4}\\.\\d{2}$.

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
        Error | ProfessionalAssociationsForOccupation | str
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
