"""Job Outlook (My Next Move).

`mnm.get_career_job_outlook` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_job_outlook import CareerJobOutlook
    from ...models.error import Error


class GetCareerJobOutlook(Operation):
    """Job Outlook (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
    `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

    `GET /mnm/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/careers/{code}/job_outlook"

    def __call__(self, code: str) -> CareerJobOutlook:
        """Job Outlook (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
        `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

        `GET /mnm/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (TypeScript zod schemas and a wage script), not
        from a v2 manual page or a recorded response, so field optionality may differ. The *_over wage flags
        are from v1.9.

        Returns the projected outlook category with a short statement, Bright Outlook reasons when they
        apply, and national wage percentiles.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerJobOutlook: the parsed success response

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
        from ...api.mnm import get_mnm_career_job_outlook as _mnm_get_mnm_career_job_outlook
        from ...models.career_job_outlook import CareerJobOutlook

        response = _mnm_get_mnm_career_job_outlook.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerJobOutlook)

    def raw(self, code: str) -> Response[CareerJobOutlook | Error | str]:
        """`GET /mnm/careers/{code}/job_outlook` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mnm import get_mnm_career_job_outlook as _mnm_get_mnm_career_job_outlook

        return _mnm_get_mnm_career_job_outlook.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerJobOutlook(AsyncOperation):
    """Job Outlook (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
    `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

    `GET /mnm/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/careers/{code}/job_outlook"

    async def __call__(self, code: str) -> CareerJobOutlook:
        """Job Outlook (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
        `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

        `GET /mnm/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (TypeScript zod schemas and a wage script), not
        from a v2 manual page or a recorded response, so field optionality may differ. The *_over wage flags
        are from v1.9.

        Returns the projected outlook category with a short statement, Bright Outlook reasons when they
        apply, and national wage percentiles.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerJobOutlook: the parsed success response

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
        from ...api.mnm import get_mnm_career_job_outlook as _mnm_get_mnm_career_job_outlook
        from ...models.career_job_outlook import CareerJobOutlook

        response = await _mnm_get_mnm_career_job_outlook.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerJobOutlook)

    async def raw(self, code: str) -> Response[CareerJobOutlook | Error | str]:
        """`GET /mnm/careers/{code}/job_outlook` returning status, headers and body whatever the status."""
        from ...api.mnm import get_mnm_career_job_outlook as _mnm_get_mnm_career_job_outlook

        return await _mnm_get_mnm_career_job_outlook.asyncio_detailed(client=self._raw_client(), code=code)
