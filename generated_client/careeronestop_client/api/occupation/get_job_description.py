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
from ...models.job_description_response import JobDescriptionResponse
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    onet_code: str,
    state: str,
    category: str,
    *,
    enable_meta_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jdw/{user_id}/{onet_code}/{state}/{category}".format(
            user_id=quote(str(user_id), safe=""),
            onet_code=quote(str(onet_code), safe=""),
            state=quote(str(state), safe=""),
            category=quote(str(category), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "get_job_description",
                "path_template": "/v1/jdw/{userId}/{onetCode}/{state}/{category}",
                "path_params": {
                    "userId": user_id,
                    "onetCode": onet_code,
                    "state": state,
                    "category": category,
                },
                "query_params": {
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "JobDescriptionResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | JobDescriptionResponse | None:
    if response.status_code == 200:
        response_200 = JobDescriptionResponse.from_dict(body)

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
) -> ErrorMessage | JobDescriptionResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | JobDescriptionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    onet_code: str,
    state: str,
    category: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | JobDescriptionResponse]:
    """Get job description building blocks (Job Description Writer)

     Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
    and wages probably exist and stay as extra properties. The full list of category values is not
    documented here.

    Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
    activities, skill statements and an education section.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        onet_code (str): O*NET-SOC code in dotted form.
        state (str): State postal code (`US` for the nation where the operation accepts it).
        category (str): Section selector. Values seen in working code are `0` (everything), `All`
            and `Purpose`.
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
        Response[ErrorMessage | JobDescriptionResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        onet_code=onet_code,
        state=state,
        category=category,
        enable_meta_data=enable_meta_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    onet_code: str,
    state: str,
    category: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | JobDescriptionResponse | None:
    """Get job description building blocks (Job Description Writer)

     Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
    and wages probably exist and stay as extra properties. The full list of category values is not
    documented here.

    Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
    activities, skill statements and an education section.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        onet_code (str): O*NET-SOC code in dotted form.
        state (str): State postal code (`US` for the nation where the operation accepts it).
        category (str): Section selector. Values seen in working code are `0` (everything), `All`
            and `Purpose`.
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
        ErrorMessage | JobDescriptionResponse
    """

    return sync_detailed(
        user_id=user_id,
        onet_code=onet_code,
        state=state,
        category=category,
        client=client,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    onet_code: str,
    state: str,
    category: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | JobDescriptionResponse]:
    """Get job description building blocks (Job Description Writer)

     Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
    and wages probably exist and stay as extra properties. The full list of category values is not
    documented here.

    Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
    activities, skill statements and an education section.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        onet_code (str): O*NET-SOC code in dotted form.
        state (str): State postal code (`US` for the nation where the operation accepts it).
        category (str): Section selector. Values seen in working code are `0` (everything), `All`
            and `Purpose`.
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
        Response[ErrorMessage | JobDescriptionResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        onet_code=onet_code,
        state=state,
        category=category,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    onet_code: str,
    state: str,
    category: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | JobDescriptionResponse | None:
    """Get job description building blocks (Job Description Writer)

     Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
    and wages probably exist and stay as extra properties. The full list of category values is not
    documented here.

    Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
    activities, skill statements and an education section.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        onet_code (str): O*NET-SOC code in dotted form.
        state (str): State postal code (`US` for the nation where the operation accepts it).
        category (str): Section selector. Values seen in working code are `0` (everything), `All`
            and `Purpose`.
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
        ErrorMessage | JobDescriptionResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            onet_code=onet_code,
            state=state,
            category=category,
            client=client,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
