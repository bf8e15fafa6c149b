from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.career_overview import CareerOverview
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mnm/careers/{code}/".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "mnm_get_career_overview",
                "path_template": "/mnm/careers/{code}/",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "CareerOverview",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | CareerOverview | Error | None:
    if response.status_code == 200:
        response_200 = CareerOverview.from_dict(body)

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
) -> Any | CareerOverview | Error | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CareerOverview | Error]:
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
) -> Response[Any | CareerOverview | Error]:
    """Career overview

     Path and response shape come from v2 client code (TypeScript zod schemas), not from a v2 manual page
    or a recorded response, so field optionality may differ. Whether v1.9's career_video/resources
    remain is unknown.

    Returns the top of a career report: title, plain-language description, alternate titles and typical
    tasks.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerOverview | Error]
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
) -> Any | CareerOverview | Error | None:
    """Career overview

     Path and response shape come from v2 client code (TypeScript zod schemas), not from a v2 manual page
    or a recorded response, so field optionality may differ. Whether v1.9's career_video/resources
    remain is unknown.

    Returns the top of a career report: title, plain-language description, alternate titles and typical
    tasks.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerOverview | Error
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CareerOverview | Error]:
    """Career overview

     Path and response shape come from v2 client code (TypeScript zod schemas), not from a v2 manual page
    or a recorded response, so field optionality may differ. Whether v1.9's career_video/resources
    remain is unknown.

    Returns the top of a career report: title, plain-language description, alternate titles and typical
    tasks.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerOverview | Error]
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
) -> Any | CareerOverview | Error | None:
    """Career overview

     Path and response shape come from v2 client code (TypeScript zod schemas), not from a v2 manual page
    or a recorded response, so field optionality may differ. Whether v1.9's career_video/resources
    remain is unknown.

    Returns the top of a career report: title, plain-language description, alternate titles and typical
    tasks.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerOverview | Error
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
