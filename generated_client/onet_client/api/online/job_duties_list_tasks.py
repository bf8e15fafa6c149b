from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_duties_task import JobDutiesTask
from ...types import UNSET, Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/job_duties/tasks/{code}".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "job_duties_list_tasks",
                "path_template": "/online/job_duties/tasks/{code}",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[JobDutiesTask]",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | list[JobDutiesTask] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_job_duties_task_list_item_data in _response_200:
            componentsschemas_job_duties_task_list_item = JobDutiesTask.from_dict(
                componentsschemas_job_duties_task_list_item_data
            )

            response_200.append(componentsschemas_job_duties_task_list_item)

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
) -> Any | Error | list[JobDutiesTask] | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[JobDutiesTask]]:
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
) -> Response[Any | Error | list[JobDutiesTask]]:
    """(Unverified path) Job duties: tasks in occupation

     Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
    client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
    assumes {code, title, task[]} instead); paging unknown.

    Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
    can pick the ones they perform.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[JobDutiesTask]]
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
) -> Any | Error | list[JobDutiesTask] | None:
    """(Unverified path) Job duties: tasks in occupation

     Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
    client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
    assumes {code, title, task[]} instead); paging unknown.

    Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
    can pick the ones they perform.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[JobDutiesTask]
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | list[JobDutiesTask]]:
    """(Unverified path) Job duties: tasks in occupation

     Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
    client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
    assumes {code, title, task[]} instead); paging unknown.

    Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
    can pick the ones they perform.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[JobDutiesTask]]
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
) -> Any | Error | list[JobDutiesTask] | None:
    """(Unverified path) Job duties: tasks in occupation

     Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
    client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
    assumes {code, title, task[]} instead); paging unknown.

    Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
    can pick the ones they perform.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[JobDutiesTask]
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
