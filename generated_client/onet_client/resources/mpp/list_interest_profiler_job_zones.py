"""Job Zones (Mi Próximo Paso).

`mpp.list_interest_profiler_job_zones` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
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
    """Job Zones (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

    `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/job_zones"

    def __call__(self) -> list[InterestProfilerJobZone]:
        """Job Zones (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].value`, `[*].title`.

        `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
        vs code are open.

        Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
        careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

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
        from ...api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        response = _mpp_list_mpp_interest_profiler_job_zones.sync_detailed(client=self._client)
        return cast("list[InterestProfilerJobZone]", response.parsed)

    def raw(self) -> Response[Error | list[InterestProfilerJobZone] | str]:
        """`GET /mpp/interestprofiler/job_zones` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        return _mpp_list_mpp_interest_profiler_job_zones.sync_detailed(client=self._raw_client())


class AsyncListInterestProfilerJobZones(AsyncOperation):
    """Job Zones (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

    `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/job_zones"

    async def __call__(self) -> list[InterestProfilerJobZone]:
        """Job Zones (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].value`, `[*].title`.

        `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
        vs code are open.

        Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
        careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

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
        from ...api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        response = await _mpp_list_mpp_interest_profiler_job_zones.asyncio_detailed(client=self._client)
        return cast("list[InterestProfilerJobZone]", response.parsed)

    async def raw(self) -> Response[Error | list[InterestProfilerJobZone] | str]:
        """`GET /mpp/interestprofiler/job_zones` returning status, headers and body whatever the status."""
        from ...api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        return await _mpp_list_mpp_interest_profiler_job_zones.asyncio_detailed(client=self._raw_client())
