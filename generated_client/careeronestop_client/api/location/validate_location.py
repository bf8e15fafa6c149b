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

from ...models.error_message import ErrorMessage
from ...models.location_validation_response import LocationValidationResponse


def _get_kwargs(
    user_id: str,
    location: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/location/{user_id}/{location}".format(
            user_id=quote(str(user_id), safe=""),
            location=quote(str(location), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "validate_location",
                "path_template": "/v1/location/{userId}/{location}",
                "path_params": {
                    "userId": user_id,
                    "location": location,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "LocationValidationResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | LocationValidationResponse | None:
    if response.status_code == 200:
        response_200 = LocationValidationResponse.from_dict(body)

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
) -> ErrorMessage | LocationValidationResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | LocationValidationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | LocationValidationResponse]:
    """Validate a location and get its areas

     Uncertain: the response has never been observed, so it is an open object.

    Checks a location and returns its state, counties and OEWS/MSA areas.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.

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
        Response[ErrorMessage | LocationValidationResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        location=location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | LocationValidationResponse | None:
    """Validate a location and get its areas

     Uncertain: the response has never been observed, so it is an open object.

    Checks a location and returns its state, counties and OEWS/MSA areas.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.

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
        ErrorMessage | LocationValidationResponse
    """

    return sync_detailed(
        user_id=user_id,
        location=location,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | LocationValidationResponse]:
    """Validate a location and get its areas

     Uncertain: the response has never been observed, so it is an open object.

    Checks a location and returns its state, counties and OEWS/MSA areas.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.

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
        Response[ErrorMessage | LocationValidationResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        location=location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | LocationValidationResponse | None:
    """Validate a location and get its areas

     Uncertain: the response has never been observed, so it is an open object.

    Checks a location and returns its state, counties and OEWS/MSA areas.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.

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
        ErrorMessage | LocationValidationResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            location=location,
            client=client,
        )
    ).parsed
