"""Mini-IP Questions (30-question mobile version) (My Next Move).

`mnm.get_interest_profiler_questions_30` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.interest_profiler_question import InterestProfilerQuestion
    from ...models.interest_profiler_questions import InterestProfilerQuestions
    from ...types import UNSET, Unset


class GetInterestProfilerQuestions30(Operation):
    """Mini-IP Questions (30-question mobile version) (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
    `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
    `answer_option[*].name`.

    `GET /mnm/interestprofiler/questions_30` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mnm/interestprofiler/questions_30"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> InterestProfilerQuestions:
        """Mini-IP Questions (30-question mobile version) (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
        `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
        `answer_option[*].name`.

        `GET /mnm/interestprofiler/questions_30` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (PHP and TypeScript clients checking total 30), not
        from a v2 manual page or a recorded response, so field optionality may differ. One client's 12-per-
        page claim matches v1.9, not v2.

        Returns the 30 items of the Mini Interest Profiler for mobile or time-limited use, with the answer
        scale. Ask for start=1&end=30 to get every item.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            InterestProfilerQuestions: the parsed success response

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
        from ...api.mnm import get_mnm_interest_profiler_questions_30 as _mnm_get_mnm_interest_profiler_questions_30
        from ...models.interest_profiler_questions import InterestProfilerQuestions

        response = _mnm_get_mnm_interest_profiler_questions_30.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, InterestProfilerQuestions)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | InterestProfilerQuestions | str]:
        """`GET /mnm/interestprofiler/questions_30` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mnm import get_mnm_interest_profiler_questions_30 as _mnm_get_mnm_interest_profiler_questions_30

        return _mnm_get_mnm_interest_profiler_questions_30.sync_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[InterestProfilerQuestion, InterestProfilerQuestions]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.mnm import get_mnm_interest_profiler_questions_30 as _mnm_get_mnm_interest_profiler_questions_30

        return Pager(_mnm_get_mnm_interest_profiler_questions_30, self._client, page_size, max_items, {})


class AsyncGetInterestProfilerQuestions30(AsyncOperation):
    """Mini-IP Questions (30-question mobile version) (My Next Move).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
    `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
    `answer_option[*].name`.

    `GET /mnm/interestprofiler/questions_30` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mnm/interestprofiler/questions_30"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> InterestProfilerQuestions:
        """Mini-IP Questions (30-question mobile version) (My Next Move).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
        `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
        `answer_option[*].name`.

        `GET /mnm/interestprofiler/questions_30` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (PHP and TypeScript clients checking total 30), not
        from a v2 manual page or a recorded response, so field optionality may differ. One client's 12-per-
        page claim matches v1.9, not v2.

        Returns the 30 items of the Mini Interest Profiler for mobile or time-limited use, with the answer
        scale. Ask for start=1&end=30 to get every item.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            InterestProfilerQuestions: the parsed success response

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
        from ...api.mnm import get_mnm_interest_profiler_questions_30 as _mnm_get_mnm_interest_profiler_questions_30
        from ...models.interest_profiler_questions import InterestProfilerQuestions

        response = await _mnm_get_mnm_interest_profiler_questions_30.asyncio_detailed(
            client=self._client, start=start, end=end
        )
        return self._expect(response, InterestProfilerQuestions)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | InterestProfilerQuestions | str]:
        """`GET /mnm/interestprofiler/questions_30` returning status, headers and body whatever the status."""
        from ...api.mnm import get_mnm_interest_profiler_questions_30 as _mnm_get_mnm_interest_profiler_questions_30

        return await _mnm_get_mnm_interest_profiler_questions_30.asyncio_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[InterestProfilerQuestion, InterestProfilerQuestions]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.mnm import get_mnm_interest_profiler_questions_30 as _mnm_get_mnm_interest_profiler_questions_30

        return AsyncPager(
            _mnm_get_mnm_interest_profiler_questions_30, self._client, page_size, max_items, {}, concurrency
        )
