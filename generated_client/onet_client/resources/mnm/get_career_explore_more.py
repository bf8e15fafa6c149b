"""Explore More (My Next Move).

`mnm.get_career_explore_more` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_explore_more import CareerExploreMore
    from ...models.error import Error


class GetCareerExploreMore(Operation):
    """Explore More (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `industries[*].href`,
    `industries[*].code`, `industries[*].title`, `industries[*].percent_employed`.

    `GET /mnm/careers/{code}/explore_more` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/careers/{code}/explore_more"

    def __call__(self, code: str) -> CareerExploreMore:
        """Explore More (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `industries[*].href`,
        `industries[*].code`, `industries[*].title`, `industries[*].percent_employed`.

        `GET /mnm/careers/{code}/explore_more` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (TypeScript zod schemas), not from a v2 manual page
        or a recorded response, so field optionality may differ. industries is carried over from v1.9.

        Returns related careers and the industries that employ people in this career.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerExploreMore: the parsed success response

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
        from ...api.mnm import get_mnm_career_explore_more as _mnm_get_mnm_career_explore_more
        from ...models.career_explore_more import CareerExploreMore

        response = _mnm_get_mnm_career_explore_more.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerExploreMore)

    def raw(self, code: str) -> Response[CareerExploreMore | Error | str]:
        """`GET /mnm/careers/{code}/explore_more` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mnm import get_mnm_career_explore_more as _mnm_get_mnm_career_explore_more

        return _mnm_get_mnm_career_explore_more.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerExploreMore(AsyncOperation):
    """Explore More (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `industries[*].href`,
    `industries[*].code`, `industries[*].title`, `industries[*].percent_employed`.

    `GET /mnm/careers/{code}/explore_more` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/careers/{code}/explore_more"

    async def __call__(self, code: str) -> CareerExploreMore:
        """Explore More (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `industries[*].href`,
        `industries[*].code`, `industries[*].title`, `industries[*].percent_employed`.

        `GET /mnm/careers/{code}/explore_more` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (TypeScript zod schemas), not from a v2 manual page
        or a recorded response, so field optionality may differ. industries is carried over from v1.9.

        Returns related careers and the industries that employ people in this career.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerExploreMore: the parsed success response

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
        from ...api.mnm import get_mnm_career_explore_more as _mnm_get_mnm_career_explore_more
        from ...models.career_explore_more import CareerExploreMore

        response = await _mnm_get_mnm_career_explore_more.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerExploreMore)

    async def raw(self, code: str) -> Response[CareerExploreMore | Error | str]:
        """`GET /mnm/careers/{code}/explore_more` returning status, headers and body whatever the status."""
        from ...api.mnm import get_mnm_career_explore_more as _mnm_get_mnm_career_explore_more

        return await _mnm_get_mnm_career_explore_more.asyncio_detailed(client=self._raw_client(), code=code)
