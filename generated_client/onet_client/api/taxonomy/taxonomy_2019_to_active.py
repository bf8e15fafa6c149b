from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.taxonomy_crosswalk_result import TaxonomyCrosswalkResult
from ...types import UNSET, Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/taxonomy/2019/active/{code}".format(
            code=quote(str(code), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "taxonomy_2019_to_active",
                "path_template": "/taxonomy/2019/active/{code}",
                "path_params": {
                    "code": code,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "TaxonomyCrosswalkResult",
    401: "Any",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
) -> Any | Error | TaxonomyCrosswalkResult | None:
    if response.status_code == 200:
        response_200 = TaxonomyCrosswalkResult.from_dict(body)

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
) -> Any | Error | TaxonomyCrosswalkResult | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | TaxonomyCrosswalkResult]:
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
) -> Response[Any | Error | TaxonomyCrosswalkResult]:
    """2019 to active

     Three v2 clients put the code in the path (v1.9 used /taxonomy/2010_to_active?code=); the body
    follows a client capture and the v1.9 example, and members beyond code and title of target
    occupations are unknown.

    Converts an O*NET-SOC 2019 code into the current codes. The code is read in O*NET-SOC 2019; results
    are given in the active taxonomy. 'Active' is the taxonomy currently served (O*NET-SOC 2019 since
    O*NET 25.1). An unknown source code gives 422.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TaxonomyCrosswalkResult]
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
) -> Any | Error | TaxonomyCrosswalkResult | None:
    """2019 to active

     Three v2 clients put the code in the path (v1.9 used /taxonomy/2010_to_active?code=); the body
    follows a client capture and the v1.9 example, and members beyond code and title of target
    occupations are unknown.

    Converts an O*NET-SOC 2019 code into the current codes. The code is read in O*NET-SOC 2019; results
    are given in the active taxonomy. 'Active' is the taxonomy currently served (O*NET-SOC 2019 since
    O*NET 25.1). An unknown source code gives 422.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TaxonomyCrosswalkResult
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | TaxonomyCrosswalkResult]:
    """2019 to active

     Three v2 clients put the code in the path (v1.9 used /taxonomy/2010_to_active?code=); the body
    follows a client capture and the v1.9 example, and members beyond code and title of target
    occupations are unknown.

    Converts an O*NET-SOC 2019 code into the current codes. The code is read in O*NET-SOC 2019; results
    are given in the active taxonomy. 'Active' is the taxonomy currently served (O*NET-SOC 2019 since
    O*NET 25.1). An unknown source code gives 422.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TaxonomyCrosswalkResult]
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
) -> Any | Error | TaxonomyCrosswalkResult | None:
    """2019 to active

     Three v2 clients put the code in the path (v1.9 used /taxonomy/2010_to_active?code=); the body
    follows a client capture and the v1.9 example, and members beyond code and title of target
    occupations are unknown.

    Converts an O*NET-SOC 2019 code into the current codes. The code is read in O*NET-SOC 2019; results
    are given in the active taxonomy. 'Active' is the taxonomy currently served (O*NET-SOC 2019 since
    O*NET 25.1). An unknown source code gives 422.

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TaxonomyCrosswalkResult
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
