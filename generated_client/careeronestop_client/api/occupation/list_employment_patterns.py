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

from ...models.employment_pattern_sort_column import EmploymentPatternSortColumn, check_employment_pattern_sort_column
from ...models.employment_patterns_response import EmploymentPatternsResponse
from ...models.error_message import ErrorMessage
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    keyword: str,
    sort_columns: EmploymentPatternSortColumn,
    sort_directions: SortDirection,
    start_record: int,
    limit_record: int,
    *,
    enable_meta_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/employmentpatterns/{user_id}/{keyword}/{sort_columns}/{sort_directions}/{start_record}/{limit_record}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            sort_columns=quote(str(sort_columns), safe=""),
            sort_directions=quote(str(sort_directions), safe=""),
            start_record=quote(str(start_record), safe=""),
            limit_record=quote(str(limit_record), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_employment_patterns",
                "path_template": "/v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "sortColumns": sort_columns,
                    "sortDirections": sort_directions,
                    "startRecord": start_record,
                    "limitRecord": limit_record,
                },
                "query_params": {
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "EmploymentPatternsResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> EmploymentPatternsResponse | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = EmploymentPatternsResponse.from_dict(body)

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
) -> EmploymentPatternsResponse | ErrorMessage | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[EmploymentPatternsResponse | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    keyword: str,
    sort_columns: EmploymentPatternSortColumn,
    sort_directions: SortDirection,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[EmploymentPatternsResponse | ErrorMessage]:
    """Get employment patterns (industries employing an occupation)

     Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
    stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

    Lists the industries that employ an occupation, with base-year and projected employment, percent
    change, and shares. The path and sort codes are documented in the API Explorer.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation title, O*NET code, or 6-digit SOC code.
        sort_columns (EmploymentPatternSortColumn): `0` relevance, `EE` base-year employment, `PE`
            projected employment, `PCH` percent change, `POT` percent of the industry's total
            employment, `PCT` share of the occupation in the industry, `IND` industry title. One of:
            '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
        sort_directions (SortDirection): `0` (default, ascending), `ASC` or `DESC`. One of: '0',
            'ASC', 'DESC'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        Response[EmploymentPatternsResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        enable_meta_data=enable_meta_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    sort_columns: EmploymentPatternSortColumn,
    sort_directions: SortDirection,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> EmploymentPatternsResponse | ErrorMessage | None:
    """Get employment patterns (industries employing an occupation)

     Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
    stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

    Lists the industries that employ an occupation, with base-year and projected employment, percent
    change, and shares. The path and sort codes are documented in the API Explorer.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation title, O*NET code, or 6-digit SOC code.
        sort_columns (EmploymentPatternSortColumn): `0` relevance, `EE` base-year employment, `PE`
            projected employment, `PCH` percent change, `POT` percent of the industry's total
            employment, `PCT` share of the occupation in the industry, `IND` industry title. One of:
            '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
        sort_directions (SortDirection): `0` (default, ascending), `ASC` or `DESC`. One of: '0',
            'ASC', 'DESC'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        EmploymentPatternsResponse | ErrorMessage
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        client=client,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    sort_columns: EmploymentPatternSortColumn,
    sort_directions: SortDirection,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[EmploymentPatternsResponse | ErrorMessage]:
    """Get employment patterns (industries employing an occupation)

     Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
    stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

    Lists the industries that employ an occupation, with base-year and projected employment, percent
    change, and shares. The path and sort codes are documented in the API Explorer.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation title, O*NET code, or 6-digit SOC code.
        sort_columns (EmploymentPatternSortColumn): `0` relevance, `EE` base-year employment, `PE`
            projected employment, `PCH` percent change, `POT` percent of the industry's total
            employment, `PCT` share of the occupation in the industry, `IND` industry title. One of:
            '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
        sort_directions (SortDirection): `0` (default, ascending), `ASC` or `DESC`. One of: '0',
            'ASC', 'DESC'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        Response[EmploymentPatternsResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    sort_columns: EmploymentPatternSortColumn,
    sort_directions: SortDirection,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> EmploymentPatternsResponse | ErrorMessage | None:
    """Get employment patterns (industries employing an occupation)

     Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
    stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

    Lists the industries that employ an occupation, with base-year and projected employment, percent
    change, and shares. The path and sort codes are documented in the API Explorer.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Occupation title, O*NET code, or 6-digit SOC code.
        sort_columns (EmploymentPatternSortColumn): `0` relevance, `EE` base-year employment, `PE`
            projected employment, `PCH` percent change, `POT` percent of the industry's total
            employment, `PCT` share of the occupation in the industry, `IND` industry title. One of:
            '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
        sort_directions (SortDirection): `0` (default, ascending), `ASC` or `DESC`. One of: '0',
            'ASC', 'DESC'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        EmploymentPatternsResponse | ErrorMessage
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            client=client,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
