from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.onet_data_occupation_list import OnetDataOccupationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    descriptor: str,
    element_id: str,
    *,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort"] = sort

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/onet_data/{descriptor}/{element_id}".format(
            descriptor=quote(str(descriptor), safe=""),
            element_id=quote(str(element_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "onet_data_element_occupations",
                "path_template": "/online/onet_data/{descriptor}/{element_id}",
                "path_params": {
                    "descriptor": descriptor,
                    "element_id": element_id,
                },
                "query_params": {
                    "sort": sort,
                    "start": start,
                    "end": end,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "OnetDataOccupationList",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | OnetDataOccupationList | None:
    if response.status_code == 200:
        response_200 = OnetDataOccupationList.from_dict(body)

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
) -> Any | Error | OnetDataOccupationList | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | OnetDataOccupationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    descriptor: str,
    element_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | OnetDataOccupationList]:
    """O*NET data: occupations for element

     Unverified: path from client tests and a secondary guide; body, score members and sort values are
    guesses.

    Pages through occupations ordered by how important or prevalent the chosen element is for them.

    Args:
        descriptor (str):
        element_id (str):
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OnetDataOccupationList]
    """

    kwargs = _get_kwargs(
        descriptor=descriptor,
        element_id=element_id,
        sort=sort,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    descriptor: str,
    element_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | OnetDataOccupationList | None:
    """O*NET data: occupations for element

     Unverified: path from client tests and a secondary guide; body, score members and sort values are
    guesses.

    Pages through occupations ordered by how important or prevalent the chosen element is for them.

    Args:
        descriptor (str):
        element_id (str):
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OnetDataOccupationList
    """

    return sync_detailed(
        descriptor=descriptor,
        element_id=element_id,
        client=client,
        sort=sort,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    descriptor: str,
    element_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | OnetDataOccupationList]:
    """O*NET data: occupations for element

     Unverified: path from client tests and a secondary guide; body, score members and sort values are
    guesses.

    Pages through occupations ordered by how important or prevalent the chosen element is for them.

    Args:
        descriptor (str):
        element_id (str):
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OnetDataOccupationList]
    """

    kwargs = _get_kwargs(
        descriptor=descriptor,
        element_id=element_id,
        sort=sort,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    descriptor: str,
    element_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | OnetDataOccupationList | None:
    """O*NET data: occupations for element

     Unverified: path from client tests and a secondary guide; body, score members and sort values are
    guesses.

    Pages through occupations ordered by how important or prevalent the chosen element is for them.

    Args:
        descriptor (str):
        element_id (str):
        sort (str | Unset):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OnetDataOccupationList
    """

    return (
        await asyncio_detailed(
            descriptor=descriptor,
            element_id=element_id,
            client=client,
            sort=sort,
            start=start,
            end=end,
        )
    ).parsed
