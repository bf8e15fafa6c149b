from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.onet_data_element import OnetDataElement
from ...types import UNSET, Response


def _get_kwargs(
    descriptor: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/onet_data/{descriptor}/".format(
            descriptor=quote(str(descriptor), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "onet_data_list_elements",
                "path_template": "/online/onet_data/{descriptor}/",
                "path_params": {
                    "descriptor": descriptor,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[OnetDataElement]",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | list[OnetDataElement] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_onet_data_element_list_item_data in _response_200:
            componentsschemas_onet_data_element_list_item = OnetDataElement.from_dict(
                componentsschemas_onet_data_element_list_item_data
            )

            response_200.append(componentsschemas_onet_data_element_list_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(body)

        return response_422

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | list[OnetDataElement] | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[OnetDataElement]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    descriptor: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[OnetDataElement]]:
    """O*NET data: elements of a descriptor

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[OnetDataElement]]
    """

    kwargs = _get_kwargs(
        descriptor=descriptor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    descriptor: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[OnetDataElement] | None:
    """O*NET data: elements of a descriptor

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[OnetDataElement]
    """

    return sync_detailed(
        descriptor=descriptor,
        client=client,
    ).parsed


async def asyncio_detailed(
    descriptor: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[OnetDataElement]]:
    """O*NET data: elements of a descriptor

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[OnetDataElement]]
    """

    kwargs = _get_kwargs(
        descriptor=descriptor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    descriptor: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[OnetDataElement] | None:
    """O*NET data: elements of a descriptor

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[OnetDataElement]
    """

    return (
        await asyncio_detailed(
            descriptor=descriptor,
            client=client,
        )
    ).parsed
