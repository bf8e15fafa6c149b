from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.stem_occupation_type import StemOccupationType
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/stem_occupations/",
        "extensions": {
            "sdk": {
                "operation_id": "list_stem_occupation_types",
                "path_template": "/online/stem_occupations/",
                "path_params": {},
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[StemOccupationType]",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | list[StemOccupationType] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_stem_occupation_type_list_item_data in _response_200:
            componentsschemas_stem_occupation_type_list_item = StemOccupationType.from_dict(
                componentsschemas_stem_occupation_type_list_item_data
            )

            response_200.append(componentsschemas_stem_occupation_type_list_item)

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
) -> Any | Error | list[StemOccupationType] | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[StemOccupationType]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[StemOccupationType]]:
    """STEM occupation types

     The body is documented; the listing URL itself is not printed in the manual and is inferred as the
    parent of the documented /online/stem_occupations/{n} links.

    Lists the STEM occupation types, each grouping occupations that need education in science,
    technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
    Attachment C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[StemOccupationType]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[StemOccupationType] | None:
    """STEM occupation types

     The body is documented; the listing URL itself is not printed in the manual and is inferred as the
    parent of the documented /online/stem_occupations/{n} links.

    Lists the STEM occupation types, each grouping occupations that need education in science,
    technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
    Attachment C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[StemOccupationType]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[StemOccupationType]]:
    """STEM occupation types

     The body is documented; the listing URL itself is not printed in the manual and is inferred as the
    parent of the documented /online/stem_occupations/{n} links.

    Lists the STEM occupation types, each grouping occupations that need education in science,
    technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
    Attachment C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[StemOccupationType]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[StemOccupationType] | None:
    """STEM occupation types

     The body is documented; the listing URL itself is not printed in the manual and is inferred as the
    parent of the documented /online/stem_occupations/{n} links.

    Lists the STEM occupation types, each grouping occupations that need education in science,
    technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
    Attachment C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[StemOccupationType]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
