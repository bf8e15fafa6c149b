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
from ...models.license_detail_response import LicenseDetailResponse
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    license_id: str,
    *,
    enable_meta_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/license/{user_id}/{license_id}".format(
            user_id=quote(str(user_id), safe=""),
            license_id=quote(str(license_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "get_license_details",
                "path_template": "/v1/license/{userId}/{licenseId}",
                "path_params": {
                    "userId": user_id,
                    "licenseId": license_id,
                },
                "query_params": {
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "LicenseDetailResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | LicenseDetailResponse | None:
    if response.status_code == 200:
        response_200 = LicenseDetailResponse.from_dict(body)

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
) -> ErrorMessage | LicenseDetailResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | LicenseDetailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    license_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | LicenseDetailResponse]:
    """Get license details by id

     Uncertain: the response has not been observed. LicenseDetail is assumed to carry the same fields as
    a list row.

    Returns one license by its id (`LicenseList[].ID`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        license_id (str): License id.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

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
        Response[ErrorMessage | LicenseDetailResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        license_id=license_id,
        enable_meta_data=enable_meta_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    license_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | LicenseDetailResponse | None:
    """Get license details by id

     Uncertain: the response has not been observed. LicenseDetail is assumed to carry the same fields as
    a list row.

    Returns one license by its id (`LicenseList[].ID`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        license_id (str): License id.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

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
        ErrorMessage | LicenseDetailResponse
    """

    return sync_detailed(
        user_id=user_id,
        license_id=license_id,
        client=client,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    license_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | LicenseDetailResponse]:
    """Get license details by id

     Uncertain: the response has not been observed. LicenseDetail is assumed to carry the same fields as
    a list row.

    Returns one license by its id (`LicenseList[].ID`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        license_id (str): License id.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

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
        Response[ErrorMessage | LicenseDetailResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        license_id=license_id,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    license_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | LicenseDetailResponse | None:
    """Get license details by id

     Uncertain: the response has not been observed. LicenseDetail is assumed to carry the same fields as
    a list row.

    Returns one license by its id (`LicenseList[].ID`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        license_id (str): License id.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

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
        ErrorMessage | LicenseDetailResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            license_id=license_id,
            client=client,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
