from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.career_explore_more import CareerExploreMore
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/veterans/careers/{code}/explore_more".format(
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CareerExploreMore | Error | str | None:
    if response.status_code == 200:
        response_200 = CareerExploreMore.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CareerExploreMore | Error | str]:
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
) -> Response[Any | CareerExploreMore | Error | str]:
    """Explore More (My Next Move for Veterans)

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

    Returns related careers and the industries that employ people in this career. (My Next Move for
    Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerExploreMore | Error | str]
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
) -> Any | CareerExploreMore | Error | str | None:
    """Explore More (My Next Move for Veterans)

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

    Returns related careers and the industries that employ people in this career. (My Next Move for
    Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerExploreMore | Error | str
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CareerExploreMore | Error | str]:
    """Explore More (My Next Move for Veterans)

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

    Returns related careers and the industries that employ people in this career. (My Next Move for
    Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerExploreMore | Error | str]
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
) -> Any | CareerExploreMore | Error | str | None:
    """Explore More (My Next Move for Veterans)

     Only the operation's existence is documented (v2 manual contents); path and body are carried over
    from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

    Returns related careers and the industries that employ people in this career. (My Next Move for
    Veterans tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerExploreMore | Error | str
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
