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
from ...models.interest_profiler_results import InterestProfilerResults


def _get_kwargs(
    *,
    answers: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["answers"] = answers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mpp/interestprofiler/results",
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "get_mpp_interest_profiler_results",
                "path_template": "/mpp/interestprofiler/results",
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
    403: "str",
    422: "Error",
    429: "Any",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> Error | InterestProfilerResults | str | None:
    if response.status_code == 200:
        response_200 = InterestProfilerResults.from_dict(body)

        return response_200

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        response_403 = response.text
        return response_403

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
) -> Error | InterestProfilerResults | str | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[Error | InterestProfilerResults | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    answers: str,
) -> Response[Error | InterestProfilerResults | str]:
    """Results (Mi Próximo Paso)

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

     Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
    area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers. (Mi Próximo Paso tree.)

    Args:
        answers (str): One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly
            like): 60 digits for the Short Form, 30 for the Mini-IP. Constraints: pattern
            ^[1-5]{30}$|^[1-5]{60}$.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | InterestProfilerResults | str]
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
    client: "AuthenticatedClient | Client | SDKClient",
    answers: str,
) -> Error | InterestProfilerResults | str | None:
    """Results (Mi Próximo Paso)

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

     Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
    area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers. (Mi Próximo Paso tree.)

    Args:
        answers (str): One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly
            like): 60 digits for the Short Form, 30 for the Mini-IP. Constraints: pattern
            ^[1-5]{30}$|^[1-5]{60}$.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | InterestProfilerResults | str
    """

    return sync_detailed(
        client=client,
        answers=answers,
    ).parsed


async def asyncio_detailed(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    answers: str,
) -> Response[Error | InterestProfilerResults | str]:
    """Results (Mi Próximo Paso)

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

     Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
    area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers. (Mi Próximo Paso tree.)

    Args:
        answers (str): One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly
            like): 60 digits for the Short Form, 30 for the Mini-IP. Constraints: pattern
            ^[1-5]{30}$|^[1-5]{60}$.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[Error | InterestProfilerResults | str]
    """

    kwargs = _get_kwargs(
        answers=answers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    answers: str,
) -> Error | InterestProfilerResults | str | None:
    """Results (Mi Próximo Paso)

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

     Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
    area href is unconfirmed.

    Scores an answers string into six RIASEC interest scores and links to the careers matching those
    answers. (Mi Próximo Paso tree.)

    Args:
        answers (str): One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly
            like): 60 digits for the Short Form, 30 for the Mini-IP. Constraints: pattern
            ^[1-5]{30}$|^[1-5]{60}$.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        AuthenticationError: the credentials were refused (HTTP 401/403)
        ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
        RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
        UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Error | InterestProfilerResults | str
    """

    return (
        await asyncio_detailed(
            client=client,
            answers=answers,
        )
    ).parsed
