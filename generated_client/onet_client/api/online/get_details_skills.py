from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.report_details_skills import ReportDetailsSkills
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/occupations/{code}/details/skills".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "get_details_skills",
                "path_template": "/online/occupations/{code}/details/skills",
                "path_params": {
                    "code": code,
                },
                "query_params": {
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "ReportDetailsSkills",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | ReportDetailsSkills | None:
    if response.status_code == 200:
        response_200 = ReportDetailsSkills.from_dict(body)

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
) -> Any | Error | ReportDetailsSkills | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | ReportDetailsSkills]:
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
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | ReportDetailsSkills]:
    """Skills

     The response shape comes from typed v2 client code whose field list was checked live by the onet2r
    maintainers; importance is modelled as nullable only because one client guards against null.

    Lists the occupation's skills with id, name, description, related link and an importance rating on a
    0-100 scale.

    Args:
        code (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ReportDetailsSkills]
    """

    kwargs = _get_kwargs(
        code=code,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | ReportDetailsSkills | None:
    """Skills

     The response shape comes from typed v2 client code whose field list was checked live by the onet2r
    maintainers; importance is modelled as nullable only because one client guards against null.

    Lists the occupation's skills with id, name, description, related link and an importance rating on a
    0-100 scale.

    Args:
        code (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ReportDetailsSkills
    """

    return sync_detailed(
        code=code,
        client=client,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | ReportDetailsSkills]:
    """Skills

     The response shape comes from typed v2 client code whose field list was checked live by the onet2r
    maintainers; importance is modelled as nullable only because one client guards against null.

    Lists the occupation's skills with id, name, description, related link and an importance rating on a
    0-100 scale.

    Args:
        code (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ReportDetailsSkills]
    """

    kwargs = _get_kwargs(
        code=code,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | ReportDetailsSkills | None:
    """Skills

     The response shape comes from typed v2 client code whose field list was checked live by the onet2r
    maintainers; importance is modelled as nullable only because one client guards against null.

    Lists the occupation's skills with id, name, description, related link and an importance rating on a
    0-100 scale.

    Args:
        code (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ReportDetailsSkills
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            start=start,
            end=end,
        )
    ).parsed
