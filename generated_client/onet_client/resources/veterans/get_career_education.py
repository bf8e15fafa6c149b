"""Education (My Next Move for Veterans).

`veterans.get_career_education` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_education import CareerEducation
    from ...models.error import Error


class GetCareerEducation(Operation):
    """Education (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `job_zone`, `job_zone.code`.

    `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/education"

    def __call__(self, code: str) -> CareerEducation:
        """Education (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `job_zone`, `job_zone.code`.

        `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to /mnm (job_zone as
        an object).

        Returns the Job Zone of the career and the education levels people usually need. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerEducation: the parsed success response

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
        from ...api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education
        from ...models.career_education import CareerEducation

        response = _veterans_get_veterans_career_education.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerEducation)

    def raw(self, code: str) -> Response[CareerEducation | Error | str]:
        """`GET /veterans/careers/{code}/education` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education

        return _veterans_get_veterans_career_education.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerEducation(AsyncOperation):
    """Education (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `job_zone`, `job_zone.code`.

    `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/education"

    async def __call__(self, code: str) -> CareerEducation:
        """Education (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `job_zone`, `job_zone.code`.

        `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to /mnm (job_zone as
        an object).

        Returns the Job Zone of the career and the education levels people usually need. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerEducation: the parsed success response

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
        from ...api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education
        from ...models.career_education import CareerEducation

        response = await _veterans_get_veterans_career_education.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerEducation)

    async def raw(self, code: str) -> Response[CareerEducation | Error | str]:
        """`GET /veterans/careers/{code}/education` returning status, headers and body whatever the status."""
        from ...api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education

        return await _veterans_get_veterans_career_education.asyncio_detailed(client=self._raw_client(), code=code)
