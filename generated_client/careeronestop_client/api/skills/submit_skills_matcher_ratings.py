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
from ...models.skills_matcher_results_response import SkillsMatcherResultsResponse
from ...models.skills_matcher_submission import SkillsMatcherSubmission
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    *,
    body: SkillsMatcherSubmission,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    edu_filter_value: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sortColumn"] = sort_column

    params["sortOrder"] = sort_order

    params["eduFilterValue"] = edu_filter_value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/skillsmatcher/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "submit_skills_matcher_ratings",
                "path_template": "/v1/skillsmatcher/{userId}",
                "path_params": {
                    "userId": user_id,
                },
                "query_params": {
                    "sortColumn": sort_column,
                    "sortOrder": sort_order,
                    "eduFilterValue": edu_filter_value,
                },
            }
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_DECLARED: dict[int, str] = {
    200: "SkillsMatcherResultsResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | SkillsMatcherResultsResponse | None:
    if response.status_code == 200:
        response_200 = SkillsMatcherResultsResponse.from_dict(body)

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
) -> ErrorMessage | SkillsMatcherResultsResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | SkillsMatcherResultsResponse]:
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
    body: SkillsMatcherSubmission,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    edu_filter_value: str | Unset = UNSET,
) -> Response[ErrorMessage | SkillsMatcherResultsResponse]:
    """Submit Skills Matcher ratings

     Uncertain: the allowed values of sortColumn, sortOrder and eduFilterValue are undocumented here. It
    is not known whether a partial set of ratings is accepted, so send all 40.

    Sends the user's skill ratings and returns matching occupations ranked best first, with outlook,
    annual wage and typical education.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        sort_column (str | Unset): Sort key for the results. Values are undocumented here.
        sort_order (str | Unset): Sort direction: `ASC` or `DESC`, or `0` for the default.
        edu_filter_value (str | Unset): Filter matches by typical education level. Values are
            undocumented here.
        body (SkillsMatcherSubmission):

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
        Response[ErrorMessage | SkillsMatcherResultsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        sort_column=sort_column,
        sort_order=sort_order,
        edu_filter_value=edu_filter_value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    body: SkillsMatcherSubmission,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    edu_filter_value: str | Unset = UNSET,
) -> ErrorMessage | SkillsMatcherResultsResponse | None:
    """Submit Skills Matcher ratings

     Uncertain: the allowed values of sortColumn, sortOrder and eduFilterValue are undocumented here. It
    is not known whether a partial set of ratings is accepted, so send all 40.

    Sends the user's skill ratings and returns matching occupations ranked best first, with outlook,
    annual wage and typical education.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        sort_column (str | Unset): Sort key for the results. Values are undocumented here.
        sort_order (str | Unset): Sort direction: `ASC` or `DESC`, or `0` for the default.
        edu_filter_value (str | Unset): Filter matches by typical education level. Values are
            undocumented here.
        body (SkillsMatcherSubmission):

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
        ErrorMessage | SkillsMatcherResultsResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        sort_column=sort_column,
        sort_order=sort_order,
        edu_filter_value=edu_filter_value,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    body: SkillsMatcherSubmission,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    edu_filter_value: str | Unset = UNSET,
) -> Response[ErrorMessage | SkillsMatcherResultsResponse]:
    """Submit Skills Matcher ratings

     Uncertain: the allowed values of sortColumn, sortOrder and eduFilterValue are undocumented here. It
    is not known whether a partial set of ratings is accepted, so send all 40.

    Sends the user's skill ratings and returns matching occupations ranked best first, with outlook,
    annual wage and typical education.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        sort_column (str | Unset): Sort key for the results. Values are undocumented here.
        sort_order (str | Unset): Sort direction: `ASC` or `DESC`, or `0` for the default.
        edu_filter_value (str | Unset): Filter matches by typical education level. Values are
            undocumented here.
        body (SkillsMatcherSubmission):

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
        Response[ErrorMessage | SkillsMatcherResultsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        sort_column=sort_column,
        sort_order=sort_order,
        edu_filter_value=edu_filter_value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    body: SkillsMatcherSubmission,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    edu_filter_value: str | Unset = UNSET,
) -> ErrorMessage | SkillsMatcherResultsResponse | None:
    """Submit Skills Matcher ratings

     Uncertain: the allowed values of sortColumn, sortOrder and eduFilterValue are undocumented here. It
    is not known whether a partial set of ratings is accepted, so send all 40.

    Sends the user's skill ratings and returns matching occupations ranked best first, with outlook,
    annual wage and typical education.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        sort_column (str | Unset): Sort key for the results. Values are undocumented here.
        sort_order (str | Unset): Sort direction: `ASC` or `DESC`, or `0` for the default.
        edu_filter_value (str | Unset): Filter matches by typical education level. Values are
            undocumented here.
        body (SkillsMatcherSubmission):

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
        ErrorMessage | SkillsMatcherResultsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            sort_column=sort_column,
            sort_order=sort_order,
            edu_filter_value=edu_filter_value,
        )
    ).parsed
