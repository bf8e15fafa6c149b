from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.licenses_response import LicensesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    keyword: str,
    location: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    search_mode: str | Unset = UNSET,
    enable_meta_data: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["searchMode"] = search_mode

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/license/{user_id}/{keyword}/{location}/{sort_columns}/{sort_directions}/{start_record}/{limit_record}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            location=quote(str(location), safe=""),
            sort_columns=quote(str(sort_columns), safe=""),
            sort_directions=quote(str(sort_directions), safe=""),
            start_record=quote(str(start_record), safe=""),
            limit_record=quote(str(limit_record), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_licenses",
                "path_template": "/v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "location": location,
                    "sortColumns": sort_columns,
                    "sortDirections": sort_directions,
                    "startRecord": start_record,
                    "limitRecord": limit_record,
                },
                "query_params": {
                    "searchMode": search_mode,
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "LicensesResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> ErrorMessage | LicensesResponse | None:
    if response.status_code == 200:
        response_200 = LicensesResponse.from_dict(body)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | LicensesResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | LicensesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    keyword: str,
    location: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: AuthenticatedClient | Client,
    search_mode: str | Unset = UNSET,
    enable_meta_data: bool | Unset = True,
) -> Response[ErrorMessage | LicensesResponse]:
    """List licenses

     Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
    checked. Only the LicenseList key itself is confirmed by client code.

    Searches occupational licenses by keyword or O*NET code within a state, or across all states.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        sort_columns (str):
        sort_directions (str):
        start_record (int):
        limit_record (int):
        search_mode (str | Unset):
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LicensesResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        search_mode=search_mode,
        enable_meta_data=enable_meta_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    location: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: AuthenticatedClient | Client,
    search_mode: str | Unset = UNSET,
    enable_meta_data: bool | Unset = True,
) -> ErrorMessage | LicensesResponse | None:
    """List licenses

     Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
    checked. Only the LicenseList key itself is confirmed by client code.

    Searches occupational licenses by keyword or O*NET code within a state, or across all states.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        sort_columns (str):
        sort_directions (str):
        start_record (int):
        limit_record (int):
        search_mode (str | Unset):
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LicensesResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        location=location,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        client=client,
        search_mode=search_mode,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    location: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: AuthenticatedClient | Client,
    search_mode: str | Unset = UNSET,
    enable_meta_data: bool | Unset = True,
) -> Response[ErrorMessage | LicensesResponse]:
    """List licenses

     Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
    checked. Only the LicenseList key itself is confirmed by client code.

    Searches occupational licenses by keyword or O*NET code within a state, or across all states.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        sort_columns (str):
        sort_directions (str):
        start_record (int):
        limit_record (int):
        search_mode (str | Unset):
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LicensesResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        search_mode=search_mode,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    location: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: AuthenticatedClient | Client,
    search_mode: str | Unset = UNSET,
    enable_meta_data: bool | Unset = True,
) -> ErrorMessage | LicensesResponse | None:
    """List licenses

     Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
    checked. Only the LicenseList key itself is confirmed by client code.

    Searches occupational licenses by keyword or O*NET code within a state, or across all states.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        sort_columns (str):
        sort_directions (str):
        start_record (int):
        limit_record (int):
        search_mode (str | Unset):
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LicensesResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            client=client,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
