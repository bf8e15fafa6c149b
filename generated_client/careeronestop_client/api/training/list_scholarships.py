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
from ...models.scholarships_response import ScholarshipsResponse


def _get_kwargs(
    user_id: str,
    keyword: str,
    state: str,
    limit: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scholarshipfinder/{user_id}/{keyword}/{state}/{limit}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            state=quote(str(state), safe=""),
            limit=quote(str(limit), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "list_scholarships",
                "path_template": "/v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "state": state,
                    "limit": limit,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ScholarshipsResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | ScholarshipsResponse | None:
    if response.status_code == 200:
        response_200 = ScholarshipsResponse.from_dict(body)

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
) -> ErrorMessage | ScholarshipsResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | ScholarshipsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    keyword: str,
    state: str,
    limit: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | ScholarshipsResponse]:
    """Scholarship finder

    Warning: unverified path (confidence: guess).

     Uncertain: this operation may not exist. It was seen in one small proxy, it is missing from the
    official catalog, and another client says CareerOneStop has no scholarship API. The response is
    unknown.

    Searches scholarships by keyword and state, returning at most `limit` rows.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        state (str): State postal code (`US` for the nation where the operation accepts it).
        limit (int): Maximum number of rows. Constraints: min 1.

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
        Response[ErrorMessage | ScholarshipsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        state=state,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    state: str,
    limit: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | ScholarshipsResponse | None:
    """Scholarship finder

    Warning: unverified path (confidence: guess).

     Uncertain: this operation may not exist. It was seen in one small proxy, it is missing from the
    official catalog, and another client says CareerOneStop has no scholarship API. The response is
    unknown.

    Searches scholarships by keyword and state, returning at most `limit` rows.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        state (str): State postal code (`US` for the nation where the operation accepts it).
        limit (int): Maximum number of rows. Constraints: min 1.

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
        ErrorMessage | ScholarshipsResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        state=state,
        limit=limit,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    state: str,
    limit: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | ScholarshipsResponse]:
    """Scholarship finder

    Warning: unverified path (confidence: guess).

     Uncertain: this operation may not exist. It was seen in one small proxy, it is missing from the
    official catalog, and another client says CareerOneStop has no scholarship API. The response is
    unknown.

    Searches scholarships by keyword and state, returning at most `limit` rows.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        state (str): State postal code (`US` for the nation where the operation accepts it).
        limit (int): Maximum number of rows. Constraints: min 1.

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
        Response[ErrorMessage | ScholarshipsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        state=state,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    state: str,
    limit: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | ScholarshipsResponse | None:
    """Scholarship finder

    Warning: unverified path (confidence: guess).

     Uncertain: this operation may not exist. It was seen in one small proxy, it is missing from the
    official catalog, and another client says CareerOneStop has no scholarship API. The response is
    unknown.

    Searches scholarships by keyword and state, returning at most `limit` rows.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        state (str): State postal code (`US` for the nation where the operation accepts it).
        limit (int): Maximum number of rows. Constraints: min 1.

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
        ErrorMessage | ScholarshipsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            state=state,
            limit=limit,
            client=client,
        )
    ).parsed
