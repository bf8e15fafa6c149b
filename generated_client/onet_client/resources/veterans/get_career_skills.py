"""Skills (My Next Move for Veterans).

`veterans.get_career_skills` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_element_group import CareerElementGroup
    from ...models.error import Error


class GetCareerSkills(Operation):
    """Skills (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
    `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/skills"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Skills (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
        `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ.

        Returns the career's skills grouped into categories, as a top-level array. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
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
        """
        from ...api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        response = _veterans_get_veterans_career_skills.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        return _veterans_get_veterans_career_skills.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerSkills(AsyncOperation):
    """Skills (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
    `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/skills"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Skills (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
        `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ.

        Returns the career's skills grouped into categories, as a top-level array. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
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
        """
        from ...api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        response = await _veterans_get_veterans_career_skills.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/skills` returning status, headers and body whatever the status."""
        from ...api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        return await _veterans_get_veterans_career_skills.asyncio_detailed(client=self._raw_client(), code=code)
