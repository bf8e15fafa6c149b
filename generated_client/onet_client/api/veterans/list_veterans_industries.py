from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._core.client import SDKClient

from typing import cast

from ...models.career_industry import CareerIndustry
from ...models.error import Error


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/veterans/industries/",
        "extensions": {
            "sdk": {
                "operation_id": "list_veterans_industries",
                "path_template": "/veterans/industries/",
                "path_params": {},
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[CareerIndustry]",
    400: "Error",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | list[CareerIndustry] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_career_industry_list_item_data in _response_200:
            componentsschemas_career_industry_list_item = CareerIndustry.from_dict(
                componentsschemas_career_industry_list_item_data
            )

            response_200.append(componentsschemas_career_industry_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(body)

        return response_400

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(body)

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(body)

        return response_422

    if response.status_code == 429:
        return None

    if getattr(client, "raise_on_unexpected_status", False):  # the SDK clients raise typed errors before this
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Error | list[CareerIndustry] | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | list[CareerIndustry] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[CareerIndustry] | str]:
    """(Unverified path) Industry listing (My Next Move for Veterans)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
    `[*].code`, `[*].title`.

     Unverified path: candidates are /veterans/industries/ (low-trust Go client) and /veterans/browse/
    (v1.9 name), and the body (bare array vs {industry: [...]}) is carried over from v1.9.

    /veterans/industries/ is used because the two per-industry career lists must be separate paths
    (most_people / some_people is the only distinct-path form known), and the listing is kept in the
    same family; /veterans/browse/ remains the v1.9 alternative. Lists the industries used to browse
    careers by where people work; each entry links to that industry's careers. (My Next Move for
    Veterans tree.)

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | list[CareerIndustry] | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[CareerIndustry] | str | None:
    """(Unverified path) Industry listing (My Next Move for Veterans)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
    `[*].code`, `[*].title`.

     Unverified path: candidates are /veterans/industries/ (low-trust Go client) and /veterans/browse/
    (v1.9 name), and the body (bare array vs {industry: [...]}) is carried over from v1.9.

    /veterans/industries/ is used because the two per-industry career lists must be separate paths
    (most_people / some_people is the only distinct-path form known), and the listing is kept in the
    same family; /veterans/browse/ remains the v1.9 alternative. Lists the industries used to browse
    careers by where people work; each entry links to that industry's careers. (My Next Move for
    Veterans tree.)

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | list[CareerIndustry] | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[CareerIndustry] | str]:
    """(Unverified path) Industry listing (My Next Move for Veterans)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
    `[*].code`, `[*].title`.

     Unverified path: candidates are /veterans/industries/ (low-trust Go client) and /veterans/browse/
    (v1.9 name), and the body (bare array vs {industry: [...]}) is carried over from v1.9.

    /veterans/industries/ is used because the two per-industry career lists must be separate paths
    (most_people / some_people is the only distinct-path form known), and the listing is kept in the
    same family; /veterans/browse/ remains the v1.9 alternative. Lists the industries used to browse
    careers by where people work; each entry links to that industry's careers. (My Next Move for
    Veterans tree.)

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | list[CareerIndustry] | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[CareerIndustry] | str | None:
    """(Unverified path) Industry listing (My Next Move for Veterans)

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
    `[*].code`, `[*].title`.

     Unverified path: candidates are /veterans/industries/ (low-trust Go client) and /veterans/browse/
    (v1.9 name), and the body (bare array vs {industry: [...]}) is carried over from v1.9.

    /veterans/industries/ is used because the two per-industry career lists must be separate paths
    (most_people / some_people is the only distinct-path form known), and the listing is kept in the
    same family; /veterans/browse/ remains the v1.9 alternative. Lists the industries used to browse
    careers by where people work; each entry links to that industry's careers. (My Next Move for
    Veterans tree.)

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | list[CareerIndustry] | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
