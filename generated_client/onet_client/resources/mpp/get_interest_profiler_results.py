"""Results (Mi Próximo Paso).

`mpp.get_interest_profiler_results` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.interest_profiler_results import InterestProfilerResults


class GetInterestProfilerResults(Operation):
    """Results (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

    `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/results"

    def __call__(self, *, answers: str) -> InterestProfilerResults:
        """Results (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `careers`, `result`,
        `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

        `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
        area href is unconfirmed.

        Scores an answers string into six RIASEC interest scores and links to the careers matching those
        answers. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.

        Returns:
            InterestProfilerResults: the parsed success response

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
        from ...api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results
        from ...models.interest_profiler_results import InterestProfilerResults

        response = _mpp_get_mpp_interest_profiler_results.sync_detailed(client=self._client, answers=answers)
        return self._expect(response, InterestProfilerResults)

    def raw(self, *, answers: str) -> Response[Error | InterestProfilerResults | str]:
        """`GET /mpp/interestprofiler/results` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results

        return _mpp_get_mpp_interest_profiler_results.sync_detailed(client=self._raw_client(), answers=answers)


class AsyncGetInterestProfilerResults(AsyncOperation):
    """Results (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

    `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/results"

    async def __call__(self, *, answers: str) -> InterestProfilerResults:
        """Results (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `careers`, `result`,
        `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

        `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
        area href is unconfirmed.

        Scores an answers string into six RIASEC interest scores and links to the careers matching those
        answers. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.

        Returns:
            InterestProfilerResults: the parsed success response

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
        from ...api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results
        from ...models.interest_profiler_results import InterestProfilerResults

        response = await _mpp_get_mpp_interest_profiler_results.asyncio_detailed(client=self._client, answers=answers)
        return self._expect(response, InterestProfilerResults)

    async def raw(self, *, answers: str) -> Response[Error | InterestProfilerResults | str]:
        """`GET /mpp/interestprofiler/results` returning status, headers and body whatever the status."""
        from ...api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results

        return await _mpp_get_mpp_interest_profiler_results.asyncio_detailed(client=self._raw_client(), answers=answers)
