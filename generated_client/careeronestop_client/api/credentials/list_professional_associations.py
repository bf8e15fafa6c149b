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
from ...models.professional_associations_response import ProfessionalAssociationsResponse


def _get_kwargs(
    user_id: str,
    keyword: str,
    industry: str,
    occupation: str,
    sort_column: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/professionalassociation/{user_id}/{keyword}/{industry}/{occupation}/{sort_column}/{sort_directions}/{start_record}/{limit_record}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            industry=quote(str(industry), safe=""),
            occupation=quote(str(occupation), safe=""),
            sort_column=quote(str(sort_column), safe=""),
            sort_directions=quote(str(sort_directions), safe=""),
            start_record=quote(str(start_record), safe=""),
            limit_record=quote(str(limit_record), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "list_professional_associations",
                "path_template": "/v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "industry": industry,
                    "occupation": occupation,
                    "sortColumn": sort_column,
                    "sortDirections": sort_directions,
                    "startRecord": start_record,
                    "limitRecord": limit_record,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ProfessionalAssociationsResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | ProfessionalAssociationsResponse | None:
    if response.status_code == 200:
        response_200 = ProfessionalAssociationsResponse.from_dict(body)

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
) -> ErrorMessage | ProfessionalAssociationsResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | ProfessionalAssociationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    keyword: str,
    industry: str,
    occupation: str,
    sort_column: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | ProfessionalAssociationsResponse]:
    """List professional associations

    Warning: unverified path (confidence: guess).

     Uncertain: the path comes from a second-hand transcription of the official PDF, and no response has
    been observed. The body is an open object, and no `x-pagination` is declared because the row array
    name is unknown.

    Searches professional associations by keyword, industry and occupation.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        industry (str): Industry filter. `0` means no filter.
        occupation (str): Occupation filter. `0` means no filter.
        sort_column (str): Sort key (the segment name is singular on these routes). `0` means the
            default order.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        Response[ErrorMessage | ProfessionalAssociationsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        industry=industry,
        occupation=occupation,
        sort_column=sort_column,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    industry: str,
    occupation: str,
    sort_column: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | ProfessionalAssociationsResponse | None:
    """List professional associations

    Warning: unverified path (confidence: guess).

     Uncertain: the path comes from a second-hand transcription of the official PDF, and no response has
    been observed. The body is an open object, and no `x-pagination` is declared because the row array
    name is unknown.

    Searches professional associations by keyword, industry and occupation.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        industry (str): Industry filter. `0` means no filter.
        occupation (str): Occupation filter. `0` means no filter.
        sort_column (str): Sort key (the segment name is singular on these routes). `0` means the
            default order.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        ErrorMessage | ProfessionalAssociationsResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        industry=industry,
        occupation=occupation,
        sort_column=sort_column,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    industry: str,
    occupation: str,
    sort_column: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | ProfessionalAssociationsResponse]:
    """List professional associations

    Warning: unverified path (confidence: guess).

     Uncertain: the path comes from a second-hand transcription of the official PDF, and no response has
    been observed. The body is an open object, and no `x-pagination` is declared because the row array
    name is unknown.

    Searches professional associations by keyword, industry and occupation.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        industry (str): Industry filter. `0` means no filter.
        occupation (str): Occupation filter. `0` means no filter.
        sort_column (str): Sort key (the segment name is singular on these routes). `0` means the
            default order.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        Response[ErrorMessage | ProfessionalAssociationsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        industry=industry,
        occupation=occupation,
        sort_column=sort_column,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    industry: str,
    occupation: str,
    sort_column: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | ProfessionalAssociationsResponse | None:
    """List professional associations

    Warning: unverified path (confidence: guess).

     Uncertain: the path comes from a second-hand transcription of the official PDF, and no response has
    been observed. The body is an open object, and no `x-pagination` is declared because the row array
    name is unknown.

    Searches professional associations by keyword, industry and occupation.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        industry (str): Industry filter. `0` means no filter.
        occupation (str): Occupation filter. `0` means no filter.
        sort_column (str): Sort key (the segment name is singular on these routes). `0` means the
            default order.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        ErrorMessage | ProfessionalAssociationsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            industry=industry,
            occupation=occupation,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            client=client,
        )
    ).parsed
