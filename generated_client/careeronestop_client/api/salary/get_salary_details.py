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
from ...models.salary_details_response import SalaryDetailsResponse
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    *,
    keyword: str,
    location: str,
    enable_meta_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keyword"] = keyword

    params["location"] = location

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/comparesalaries/{user_id}/wage".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "get_salary_details",
                "path_template": "/v1/comparesalaries/{userId}/wage",
                "path_params": {
                    "userId": user_id,
                },
                "query_params": {
                    "keyword": keyword,
                    "location": location,
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "SalaryDetailsResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | SalaryDetailsResponse | None:
    if response.status_code == 200:
        response_200 = SalaryDetailsResponse.from_dict(body)

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
) -> ErrorMessage | SalaryDetailsResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | SalaryDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    keyword: str,
    location: str,
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | SalaryDetailsResponse]:
    """Get salary details for one occupation and location

     Uncertain: the response shape comes from typed clients and a parser test, not from the official
    docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

    Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
    level.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take
            one to five, separated by `|`.
        location (str): A state code or name, `City, ST`, a ZIP, or `US`. The by-locations
            comparison takes one to five, separated by `|` (the separator is assumed).
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
        Response[ErrorMessage | SalaryDetailsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        enable_meta_data=enable_meta_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    keyword: str,
    location: str,
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | SalaryDetailsResponse | None:
    """Get salary details for one occupation and location

     Uncertain: the response shape comes from typed clients and a parser test, not from the official
    docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

    Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
    level.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take
            one to five, separated by `|`.
        location (str): A state code or name, `City, ST`, a ZIP, or `US`. The by-locations
            comparison takes one to five, separated by `|` (the separator is assumed).
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
        ErrorMessage | SalaryDetailsResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        keyword=keyword,
        location=location,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    keyword: str,
    location: str,
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | SalaryDetailsResponse]:
    """Get salary details for one occupation and location

     Uncertain: the response shape comes from typed clients and a parser test, not from the official
    docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

    Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
    level.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take
            one to five, separated by `|`.
        location (str): A state code or name, `City, ST`, a ZIP, or `US`. The by-locations
            comparison takes one to five, separated by `|` (the separator is assumed).
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
        Response[ErrorMessage | SalaryDetailsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    keyword: str,
    location: str,
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | SalaryDetailsResponse | None:
    """Get salary details for one occupation and location

     Uncertain: the response shape comes from typed clients and a parser test, not from the official
    docs. Unlike Get Occupation Details, OccupationDetail is a single object here, not an array.

    Returns OEWS hourly and annual wage percentiles for one occupation at national, state and area
    level.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation as an SOC, O*NET or OEWS code or a title. The comparisons take
            one to five, separated by `|`.
        location (str): A state code or name, `City, ST`, a ZIP, or `US`. The by-locations
            comparison takes one to five, separated by `|` (the separator is assumed).
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
        ErrorMessage | SalaryDetailsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            keyword=keyword,
            location=location,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
