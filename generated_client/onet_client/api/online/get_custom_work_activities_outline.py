from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline
from ...types import UNSET, Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/occupations/{code}/custom/work_activities_outline".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "get_custom_work_activities_outline",
                "path_template": "/online/occupations/{code}/custom/work_activities_outline",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ReportCustomWorkActivitiesOutline",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | ReportCustomWorkActivitiesOutline | None:
    if response.status_code == 200:
        response_200 = ReportCustomWorkActivitiesOutline.from_dict(body)

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
) -> Any | Error | ReportCustomWorkActivitiesOutline | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | ReportCustomWorkActivitiesOutline]:
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
) -> Response[Any | Error | ReportCustomWorkActivitiesOutline]:
    """Work Activities Outline

     Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
    no source shows the body, its query parameters or whether it is paged.

    Returns a custom report arranging the occupation's work activities as an outline that leads down to
    detailed work activities and the task statements filed under them. The schema is a placeholder built
    from a prose description.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ReportCustomWorkActivitiesOutline]
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
) -> Any | Error | ReportCustomWorkActivitiesOutline | None:
    """Work Activities Outline

     Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
    no source shows the body, its query parameters or whether it is paged.

    Returns a custom report arranging the occupation's work activities as an outline that leads down to
    detailed work activities and the task statements filed under them. The schema is a placeholder built
    from a prose description.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ReportCustomWorkActivitiesOutline
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | ReportCustomWorkActivitiesOutline]:
    """Work Activities Outline

     Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
    no source shows the body, its query parameters or whether it is paged.

    Returns a custom report arranging the occupation's work activities as an outline that leads down to
    detailed work activities and the task statements filed under them. The schema is a placeholder built
    from a prose description.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ReportCustomWorkActivitiesOutline]
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
) -> Any | Error | ReportCustomWorkActivitiesOutline | None:
    """Work Activities Outline

     Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
    no source shows the body, its query parameters or whether it is paged.

    Returns a custom report arranging the occupation's work activities as an outline that leads down to
    detailed work activities and the task statements filed under them. The schema is a placeholder built
    from a prose description.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ReportCustomWorkActivitiesOutline
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
