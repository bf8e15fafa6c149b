from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.career_job_outlook import CareerJobOutlook
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mpp/careers/{code}/job_outlook".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "mpp_get_career_job_outlook",
                "path_template": "/mpp/careers/{code}/job_outlook",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "CareerJobOutlook",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | CareerJobOutlook | Error | None:
    if response.status_code == 200:
        response_200 = CareerJobOutlook.from_dict(body)

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
) -> Any | CareerJobOutlook | Error | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CareerJobOutlook | Error]:
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
) -> Response[Any | CareerJobOutlook | Error]:
    """Job Outlook

     A live comparison by one client confirms national wages here but no body was recorded; outlook and
    reason strings are probably Spanish (v1.9).

    Returns the projected outlook category with a short statement, Bright Outlook reasons when they
    apply, and national wage percentiles. (Mi Próximo Paso tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerJobOutlook | Error]
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
) -> Any | CareerJobOutlook | Error | None:
    """Job Outlook

     A live comparison by one client confirms national wages here but no body was recorded; outlook and
    reason strings are probably Spanish (v1.9).

    Returns the projected outlook category with a short statement, Bright Outlook reasons when they
    apply, and national wage percentiles. (Mi Próximo Paso tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerJobOutlook | Error
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CareerJobOutlook | Error]:
    """Job Outlook

     A live comparison by one client confirms national wages here but no body was recorded; outlook and
    reason strings are probably Spanish (v1.9).

    Returns the projected outlook category with a short statement, Bright Outlook reasons when they
    apply, and national wage percentiles. (Mi Próximo Paso tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CareerJobOutlook | Error]
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
) -> Any | CareerJobOutlook | Error | None:
    """Job Outlook

     A live comparison by one client confirms national wages here but no body was recorded; outlook and
    reason strings are probably Spanish (v1.9).

    Returns the projected outlook category with a short statement, Bright Outlook reasons when they
    apply, and national wage percentiles. (Mi Próximo Paso tree.)

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CareerJobOutlook | Error
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
