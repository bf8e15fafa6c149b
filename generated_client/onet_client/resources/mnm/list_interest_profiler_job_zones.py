"""Job Zones (My Next Move).

`mnm.list_interest_profiler_job_zones` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.interest_profiler_job_zone import InterestProfilerJobZone


class ListInterestProfilerJobZones(Operation):
    """Job Zones (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].value`, `[*].title`.

    `GET /mnm/interestprofiler/job_zones` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/interestprofiler/job_zones"

    def __call__(self) -> list[InterestProfilerJobZone]:
        """Job Zones (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].value`, `[*].title`.

        `GET /mnm/interestprofiler/job_zones` (confidence: observed-in-typed-client-code).

        The bare-array body comes from one client written from the docs and never run live; v1.9 used a
        paged job_zone envelope, and the number field may be code rather than value.

        Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
        careers. Note that O*NET 30.3 rates no occupation in Job Zone 1.

        Returns:
            list[InterestProfilerJobZone]: the parsed success response

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
        from ...api.mnm import list_mnm_interest_profiler_job_zones as _mnm_list_mnm_interest_profiler_job_zones

        response = _mnm_list_mnm_interest_profiler_job_zones.sync_detailed(client=self._client)
        return cast("list[InterestProfilerJobZone]", response.parsed)

    def raw(self) -> Response[Error | list[InterestProfilerJobZone] | str]:
        """`GET /mnm/interestprofiler/job_zones` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mnm import list_mnm_interest_profiler_job_zones as _mnm_list_mnm_interest_profiler_job_zones

        return _mnm_list_mnm_interest_profiler_job_zones.sync_detailed(client=self._raw_client())


class AsyncListInterestProfilerJobZones(AsyncOperation):
    """Job Zones (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].value`, `[*].title`.

    `GET /mnm/interestprofiler/job_zones` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/interestprofiler/job_zones"

    async def __call__(self) -> list[InterestProfilerJobZone]:
        """Job Zones (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].value`, `[*].title`.

        `GET /mnm/interestprofiler/job_zones` (confidence: observed-in-typed-client-code).

        The bare-array body comes from one client written from the docs and never run live; v1.9 used a
        paged job_zone envelope, and the number field may be code rather than value.

        Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
        careers. Note that O*NET 30.3 rates no occupation in Job Zone 1.

        Returns:
            list[InterestProfilerJobZone]: the parsed success response

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
        from ...api.mnm import list_mnm_interest_profiler_job_zones as _mnm_list_mnm_interest_profiler_job_zones

        response = await _mnm_list_mnm_interest_profiler_job_zones.asyncio_detailed(client=self._client)
        return cast("list[InterestProfilerJobZone]", response.parsed)

    async def raw(self) -> Response[Error | list[InterestProfilerJobZone] | str]:
        """`GET /mnm/interestprofiler/job_zones` returning status, headers and body whatever the status."""
        from ...api.mnm import list_mnm_interest_profiler_job_zones as _mnm_list_mnm_interest_profiler_job_zones

        return await _mnm_list_mnm_interest_profiler_job_zones.asyncio_detailed(client=self._raw_client())
