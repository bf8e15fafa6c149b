from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.career_element_group import CareerElementGroup
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/veterans/careers/{code}/knowledge".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "veterans_get_career_knowledge",
                "path_template": "/veterans/careers/{code}/knowledge",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[CareerElementGroup]",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | list[CareerElementGroup] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_career_element_groups_item_data in _response_200:
            componentsschemas_career_element_groups_item = CareerElementGroup.from_dict(
                componentsschemas_career_element_groups_item_data
            )

            response_200.append(componentsschemas_career_element_groups_item)

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
) -> Any | Error | list[CareerElementGroup] | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[CareerElementGroup]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[CareerElementGroup]]:
    """Knowledge

     Path and response shape come from v2 client code (a Django client reading a list of categories), not
    from a v2 manual page or a recorded response, so field optionality may differ. Group id/name fields
    come from another client.

    Returns the career's knowledge areas grouped into categories, as a top-level array. (My Next Move
    for Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[CareerElementGroup]]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[CareerElementGroup] | None:
    """Knowledge

     Path and response shape come from v2 client code (a Django client reading a list of categories), not
    from a v2 manual page or a recorded response, so field optionality may differ. Group id/name fields
    come from another client.

    Returns the career's knowledge areas grouped into categories, as a top-level array. (My Next Move
    for Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[CareerElementGroup]
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[CareerElementGroup]]:
    """Knowledge

     Path and response shape come from v2 client code (a Django client reading a list of categories), not
    from a v2 manual page or a recorded response, so field optionality may differ. Group id/name fields
    come from another client.

    Returns the career's knowledge areas grouped into categories, as a top-level array. (My Next Move
    for Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[CareerElementGroup]]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | list[CareerElementGroup] | None:
    """Knowledge

     Path and response shape come from v2 client code (a Django client reading a list of categories), not
    from a v2 manual page or a recorded response, so field optionality may differ. Group id/name fields
    come from another client.

    Returns the career's knowledge areas grouped into categories, as a top-level array. (My Next Move
    for Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[CareerElementGroup]
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
