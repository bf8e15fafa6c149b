from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.interest_profiler_results import InterestProfilerResults
from ...types import UNSET, Response


def _get_kwargs(
    *,
    answers: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["answers"] = answers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mnm/interestprofiler/results",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "mnm_get_interest_profiler_results",
                "path_template": "/mnm/interestprofiler/results",
                "path_params": {},
                "query_params": {
                    "answers": answers,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "InterestProfilerResults",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | InterestProfilerResults | None:
    if response.status_code == 200:
        response_200 = InterestProfilerResults.from_dict(body)

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
) -> Any | Error | InterestProfilerResults | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | InterestProfilerResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    answers: str,
) -> Response[Any | Error | InterestProfilerResults]:
    """Results

     Path and response shape come from v2 client code (a strict pydantic envelope and TS/PHP clients),
    not from a v2 manual page or a recorded response, so field optionality may differ. careers is a
    string there but an object in one mock; per-area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers.

    Args:
        answers (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InterestProfilerResults]
    """

    kwargs = _get_kwargs(
        answers=answers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    answers: str,
) -> Any | Error | InterestProfilerResults | None:
    """Results

     Path and response shape come from v2 client code (a strict pydantic envelope and TS/PHP clients),
    not from a v2 manual page or a recorded response, so field optionality may differ. careers is a
    string there but an object in one mock; per-area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers.

    Args:
        answers (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InterestProfilerResults
    """

    return sync_detailed(
        client=client,
        answers=answers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    answers: str,
) -> Response[Any | Error | InterestProfilerResults]:
    """Results

     Path and response shape come from v2 client code (a strict pydantic envelope and TS/PHP clients),
    not from a v2 manual page or a recorded response, so field optionality may differ. careers is a
    string there but an object in one mock; per-area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers.

    Args:
        answers (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InterestProfilerResults]
    """

    kwargs = _get_kwargs(
        answers=answers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    answers: str,
) -> Any | Error | InterestProfilerResults | None:
    """Results

     Path and response shape come from v2 client code (a strict pydantic envelope and TS/PHP clients),
    not from a v2 manual page or a recorded response, so field optionality may differ. careers is a
    string there but an object in one mock; per-area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers.

    Args:
        answers (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InterestProfilerResults
    """

    return (
        await asyncio_detailed(
            client=client,
            answers=answers,
        )
    ).parsed
