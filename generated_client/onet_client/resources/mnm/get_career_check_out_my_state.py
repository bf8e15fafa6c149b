"""Check Out My State (My Next Move).

`mnm.get_career_check_out_my_state` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_check_out_my_state import CareerCheckOutMyState
    from ...models.error import Error


class GetCareerCheckOutMyState(Operation):
    """Check Out My State (My Next Move).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
    `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
    `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

    `GET /mnm/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/careers/{code}/check_out_my_state"

    def __call__(self, code: str) -> CareerCheckOutMyState:
        """Check Out My State (My Next Move).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
        `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
        `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

        `GET /mnm/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

        The v2 body is not established: v1.9 nested objects are shown with the wrapper-unwrap rule applied,
        while one client reads a flat array instead.

        Compares the career's employment concentration (location quotient) across states, grouped into
        above-average, average and below-average bands.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerCheckOutMyState: the parsed success response

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
        from ...api.mnm import get_mnm_career_check_out_my_state as _mnm_get_mnm_career_check_out_my_state
        from ...models.career_check_out_my_state import CareerCheckOutMyState

        response = _mnm_get_mnm_career_check_out_my_state.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerCheckOutMyState)

    def raw(self, code: str) -> Response[CareerCheckOutMyState | Error | str]:
        """`GET /mnm/careers/{code}/check_out_my_state` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mnm import get_mnm_career_check_out_my_state as _mnm_get_mnm_career_check_out_my_state

        return _mnm_get_mnm_career_check_out_my_state.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerCheckOutMyState(AsyncOperation):
    """Check Out My State (My Next Move).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
    `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
    `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

    `GET /mnm/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mnm/careers/{code}/check_out_my_state"

    async def __call__(self, code: str) -> CareerCheckOutMyState:
        """Check Out My State (My Next Move).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
        `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
        `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

        `GET /mnm/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

        The v2 body is not established: v1.9 nested objects are shown with the wrapper-unwrap rule applied,
        while one client reads a flat array instead.

        Compares the career's employment concentration (location quotient) across states, grouped into
        above-average, average and below-average bands.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerCheckOutMyState: the parsed success response

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
        from ...api.mnm import get_mnm_career_check_out_my_state as _mnm_get_mnm_career_check_out_my_state
        from ...models.career_check_out_my_state import CareerCheckOutMyState

        response = await _mnm_get_mnm_career_check_out_my_state.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerCheckOutMyState)

    async def raw(self, code: str) -> Response[CareerCheckOutMyState | Error | str]:
        """`GET /mnm/careers/{code}/check_out_my_state` returning status, headers and body whatever the status."""
        from ...api.mnm import get_mnm_career_check_out_my_state as _mnm_get_mnm_career_check_out_my_state

        return await _mnm_get_mnm_career_check_out_my_state.asyncio_detailed(client=self._raw_client(), code=code)
