from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.technology_search_example_occupation_list import TechnologySearchExampleOccupationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    example_id: str,
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
        "url": "/online/technology/examples/{example_id}".format(
            example_id=quote(str(example_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "technology_example_occupations",
                "path_template": "/online/technology/examples/{example_id}",
                "path_params": {
                    "example_id": example_id,
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
    200: "TechnologySearchExampleOccupationList",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | TechnologySearchExampleOccupationList | None:
    if response.status_code == 200:
        response_200 = TechnologySearchExampleOccupationList.from_dict(body)

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
) -> Any | Error | TechnologySearchExampleOccupationList | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | TechnologySearchExampleOccupationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    example_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | TechnologySearchExampleOccupationList]:
    """(Unverified path) Technology skills: occupations for example

     Path template unverified: clients only follow the href from the example search, so the identifier
    form (title or numeric id) is unknown; prefer following that href.

    Pages through the occupations whose technology skills include the chosen example.

    Args:
        example_id (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TechnologySearchExampleOccupationList]
    """

    kwargs = _get_kwargs(
        example_id=example_id,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    example_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | TechnologySearchExampleOccupationList | None:
    """(Unverified path) Technology skills: occupations for example

     Path template unverified: clients only follow the href from the example search, so the identifier
    form (title or numeric id) is unknown; prefer following that href.

    Pages through the occupations whose technology skills include the chosen example.

    Args:
        example_id (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TechnologySearchExampleOccupationList
    """

    return sync_detailed(
        example_id=example_id,
        client=client,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    example_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | TechnologySearchExampleOccupationList]:
    """(Unverified path) Technology skills: occupations for example

     Path template unverified: clients only follow the href from the example search, so the identifier
    form (title or numeric id) is unknown; prefer following that href.

    Pages through the occupations whose technology skills include the chosen example.

    Args:
        example_id (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TechnologySearchExampleOccupationList]
    """

    kwargs = _get_kwargs(
        example_id=example_id,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    example_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | TechnologySearchExampleOccupationList | None:
    """(Unverified path) Technology skills: occupations for example

     Path template unverified: clients only follow the href from the example search, so the identifier
    form (title or numeric id) is unknown; prefer following that href.

    Pages through the occupations whose technology skills include the chosen example.

    Args:
        example_id (str):
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TechnologySearchExampleOccupationList
    """

    return (
        await asyncio_detailed(
            example_id=example_id,
            client=client,
            start=start,
            end=end,
        )
    ).parsed
