"""RIASEC interests (My Next Move).

`mnm.list_interest_profiler_interests` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.interest_profiler_interest import InterestProfilerInterest


class ListInterestProfilerInterests(Operation):
    """RIASEC interests (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].code`, `[*].title`,
    `[*].description`.

    `GET /mnm/interestprofiler/interests/` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/interestprofiler/interests/"

    def __call__(self) -> list[InterestProfilerInterest]:
        """RIASEC interests (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].code`, `[*].title`,
        `[*].description`.

        `GET /mnm/interestprofiler/interests/` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a defensive TypeScript client), not from a v2
        manual page or a recorded response, so field optionality may differ. It accepts a bare array or
        {interest: [...]}, so the wrapper is open.

        Lists the six RIASEC interest areas with their descriptions.

        Returns:
            list[InterestProfilerInterest]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.mnm import list_mnm_interest_profiler_interests as _mnm_list_mnm_interest_profiler_interests

        response = _mnm_list_mnm_interest_profiler_interests.sync_detailed(client=self._client)
        return cast("list[InterestProfilerInterest]", response.parsed)

    def raw(self) -> Response[Error | list[InterestProfilerInterest] | str]:
        """`GET /mnm/interestprofiler/interests/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mnm import list_mnm_interest_profiler_interests as _mnm_list_mnm_interest_profiler_interests

        return _mnm_list_mnm_interest_profiler_interests.sync_detailed(client=self._raw_client())


class AsyncListInterestProfilerInterests(AsyncOperation):
    """RIASEC interests (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].code`, `[*].title`,
    `[*].description`.

    `GET /mnm/interestprofiler/interests/` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/interestprofiler/interests/"

    async def __call__(self) -> list[InterestProfilerInterest]:
        """RIASEC interests (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].code`, `[*].title`,
        `[*].description`.

        `GET /mnm/interestprofiler/interests/` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a defensive TypeScript client), not from a v2
        manual page or a recorded response, so field optionality may differ. It accepts a bare array or
        {interest: [...]}, so the wrapper is open.

        Lists the six RIASEC interest areas with their descriptions.

        Returns:
            list[InterestProfilerInterest]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.mnm import list_mnm_interest_profiler_interests as _mnm_list_mnm_interest_profiler_interests

        response = await _mnm_list_mnm_interest_profiler_interests.asyncio_detailed(client=self._client)
        return cast("list[InterestProfilerInterest]", response.parsed)

    async def raw(self) -> Response[Error | list[InterestProfilerInterest] | str]:
        """`GET /mnm/interestprofiler/interests/` returning status, headers and body whatever the status."""
        from ...api.mnm import list_mnm_interest_profiler_interests as _mnm_list_mnm_interest_profiler_interests

        return await _mnm_list_mnm_interest_profiler_interests.asyncio_detailed(client=self._raw_client())
