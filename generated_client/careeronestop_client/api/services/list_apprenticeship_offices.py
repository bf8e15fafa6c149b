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

from ...models.apprenticeship_offices_response import ApprenticeshipOfficesResponse
from ...models.error_message import ErrorMessage


def _get_kwargs(
    user_id: str,
    location: str,
    radius: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apprenticeshipfinder/{user_id}/{location}/{radius}".format(
            user_id=quote(str(user_id), safe=""),
            location=quote(str(location), safe=""),
            radius=quote(str(radius), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "list_apprenticeship_offices",
                "path_template": "/v1/apprenticeshipfinder/{userId}/{location}/{radius}",
                "path_params": {
                    "userId": user_id,
                    "location": location,
                    "radius": radius,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ApprenticeshipOfficesResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ApprenticeshipOfficesResponse | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = ApprenticeshipOfficesResponse.from_dict(body)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(body)

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(body)

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(body)

        return response_404

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(body)

        return response_500

    if getattr(client, "raise_on_unexpected_status", False):  # the SDK clients raise typed errors before this
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> ApprenticeshipOfficesResponse | ErrorMessage | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ApprenticeshipOfficesResponse | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    location: str,
    radius: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ApprenticeshipOfficesResponse | ErrorMessage]:
    """List apprenticeship offices

     Uncertain: only the path is documented. The response has never been observed, so it is an open
    object.

    Lists registered-apprenticeship offices near a location.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[ApprenticeshipOfficesResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        location=location,
        radius=radius,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    location: str,
    radius: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ApprenticeshipOfficesResponse | ErrorMessage | None:
    """List apprenticeship offices

     Uncertain: only the path is documented. The response has never been observed, so it is an open
    object.

    Lists registered-apprenticeship offices near a location.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        ApprenticeshipOfficesResponse | ErrorMessage
    """

    return sync_detailed(
        user_id=user_id,
        location=location,
        radius=radius,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    location: str,
    radius: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ApprenticeshipOfficesResponse | ErrorMessage]:
    """List apprenticeship offices

     Uncertain: only the path is documented. The response has never been observed, so it is an open
    object.

    Lists registered-apprenticeship offices near a location.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[ApprenticeshipOfficesResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        location=location,
        radius=radius,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    location: str,
    radius: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ApprenticeshipOfficesResponse | ErrorMessage | None:
    """List apprenticeship offices

     Uncertain: only the path is documented. The response has never been observed, so it is an open
    object.

    Lists registered-apprenticeship offices near a location.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        ApprenticeshipOfficesResponse | ErrorMessage
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            location=location,
            radius=radius,
            client=client,
        )
    ).parsed
