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

from ...models.error import Error
from ...models.onet_data_element import OnetDataElement


def _get_kwargs(
    descriptor: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/onet_data/{descriptor}/".format(
            descriptor=quote(str(descriptor), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "list_onet_data_elements",
                "path_template": "/online/onet_data/{descriptor}/",
                "path_params": {
                    "descriptor": descriptor,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "list[OnetDataElement]",
    401: "Any",
    403: "str",
    404: "Error",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | list[OnetDataElement] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = body
        for componentsschemas_onet_data_element_list_item_data in _response_200:
            componentsschemas_onet_data_element_list_item = OnetDataElement.from_dict(
                componentsschemas_onet_data_element_list_item_data
            )

            response_200.append(componentsschemas_onet_data_element_list_item)

        return response_200

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
) -> Error | list[OnetDataElement] | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | list[OnetDataElement] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    descriptor: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[OnetDataElement] | str]:
    """O*NET data: elements of a descriptor

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str): Descriptor family. Seen: abilities, interests, skills_basic, skills_cf,
            work_styles; plausible: knowledge, work_activities, work_context, work_values.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        Response[Error | list[OnetDataElement] | str]
    """

    kwargs = _get_kwargs(
        descriptor=descriptor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    descriptor: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[OnetDataElement] | str | None:
    """O*NET data: elements of a descriptor

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str): Descriptor family. Seen: abilities, interests, skills_basic, skills_cf,
            work_styles; plausible: knowledge, work_activities, work_context, work_values.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        Error | list[OnetDataElement] | str
    """

    return sync_detailed(
        descriptor=descriptor,
        client=client,
    ).parsed


async def asyncio_detailed(
    descriptor: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[Error | list[OnetDataElement] | str]:
    """O*NET data: elements of a descriptor

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str): Descriptor family. Seen: abilities, interests, skills_basic, skills_cf,
            work_styles; plausible: knowledge, work_activities, work_context, work_values.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        Response[Error | list[OnetDataElement] | str]
    """

    kwargs = _get_kwargs(
        descriptor=descriptor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    descriptor: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Error | list[OnetDataElement] | str | None:
    """O*NET data: elements of a descriptor

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

     Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
    body come from unverified clients.

    Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

    Args:
        descriptor (str): Descriptor family. Seen: abilities, interests, skills_basic, skills_cf,
            work_styles; plausible: knowledge, work_activities, work_context, work_values.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        Error | list[OnetDataElement] | str
    """

    return (
        await asyncio_detailed(
            descriptor=descriptor,
            client=client,
        )
    ).parsed
