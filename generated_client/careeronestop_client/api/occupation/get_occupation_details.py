from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.occupation_detail_response import OccupationDetailResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    keyword: str,
    location: str,
    *,
    wages: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wages"] = wages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/occupation/{user_id}/{keyword}/{location}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            location=quote(str(location), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | OccupationDetailResponse | None:
    if response.status_code == 200:
        response_200 = OccupationDetailResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | OccupationDetailResponse]:
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
    *,
    client: AuthenticatedClient | Client,
    wages: bool | Unset = UNSET,
) -> Response[ErrorMessage | OccupationDetailResponse]:
    """Get Occupation Details

    Args:
        user_id (str):
        keyword (str):
        location (str):
        wages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | OccupationDetailResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        wages=wages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    location: str,
    *,
    client: AuthenticatedClient | Client,
    wages: bool | Unset = UNSET,
) -> ErrorMessage | OccupationDetailResponse | None:
    """Get Occupation Details

    Args:
        user_id (str):
        keyword (str):
        location (str):
        wages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | OccupationDetailResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        location=location,
        client=client,
        wages=wages,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    location: str,
    *,
    client: AuthenticatedClient | Client,
    wages: bool | Unset = UNSET,
) -> Response[ErrorMessage | OccupationDetailResponse]:
    """Get Occupation Details

    Args:
        user_id (str):
        keyword (str):
        location (str):
        wages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | OccupationDetailResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        wages=wages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    location: str,
    *,
    client: AuthenticatedClient | Client,
    wages: bool | Unset = UNSET,
) -> ErrorMessage | OccupationDetailResponse | None:
    """Get Occupation Details

    Args:
        user_id (str):
        keyword (str):
        location (str):
        wages (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | OccupationDetailResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            location=location,
            client=client,
            wages=wages,
        )
    ).parsed
