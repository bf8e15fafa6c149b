"""Matching careers (Mi Próximo Paso).

`mpp.get_interest_profiler_careers` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
    from ...models.error import Error
    from ...models.interest_profiler_career import InterestProfilerCareer
    from ...models.interest_profiler_careers import InterestProfilerCareers
    from ...types import UNSET, Unset


class GetInterestProfilerCareers(Operation):
    """Matching careers (Mi Próximo Paso).

    `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/careers"

    def __call__(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> InterestProfilerCareers:
        """Matching careers (Mi Próximo Paso).

        `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (zone, fit, Spanish titles, total) and assumed identical to the
        documented /mnm page; no body recorded.

        Returns careers matching either an answers string or all six interest scores (exactly one of the two
        sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
        career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
        default. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Give either answers or all six interest
                scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
            realistic: Realistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            investigative: Investigative interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            artistic: Artistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            social: Social interest score (from the Results operation or the paper Interest Profiler). Give
                all six scores together instead of answers. Constraints: min 0.
            enterprising: Enterprising interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            conventional: Conventional interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            zone: Return only careers in this Job Zone. The v1.9 name job_zone is silently ignored by v2.
                One of: 1, 2, 3, 4, 5.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            InterestProfilerCareers: the parsed success response

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
        from ...api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers
        from ...models.interest_profiler_careers import InterestProfilerCareers

        response = _mpp_get_mpp_interest_profiler_careers.sync_detailed(
            client=self._client,
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )
        return self._expect(response, InterestProfilerCareers)

    def raw(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | InterestProfilerCareers | str]:
        """`GET /mpp/interestprofiler/careers` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return _mpp_get_mpp_interest_profiler_careers.sync_detailed(
            client=self._raw_client(),
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )

    def iter(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[InterestProfilerCareer, InterestProfilerCareers]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return Pager(
            _mpp_get_mpp_interest_profiler_careers,
            self._client,
            page_size,
            max_items,
            {
                "answers": answers,
                "realistic": realistic,
                "investigative": investigative,
                "artistic": artistic,
                "social": social,
                "enterprising": enterprising,
                "conventional": conventional,
                "zone": zone,
            },
        )


class AsyncGetInterestProfilerCareers(AsyncOperation):
    """Matching careers (Mi Próximo Paso).

    `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/careers"

    async def __call__(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> InterestProfilerCareers:
        """Matching careers (Mi Próximo Paso).

        `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (zone, fit, Spanish titles, total) and assumed identical to the
        documented /mnm page; no body recorded.

        Returns careers matching either an answers string or all six interest scores (exactly one of the two
        sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
        career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
        default. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Give either answers or all six interest
                scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
            realistic: Realistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            investigative: Investigative interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            artistic: Artistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            social: Social interest score (from the Results operation or the paper Interest Profiler). Give
                all six scores together instead of answers. Constraints: min 0.
            enterprising: Enterprising interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            conventional: Conventional interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            zone: Return only careers in this Job Zone. The v1.9 name job_zone is silently ignored by v2.
                One of: 1, 2, 3, 4, 5.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            InterestProfilerCareers: the parsed success response

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
        from ...api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers
        from ...models.interest_profiler_careers import InterestProfilerCareers

        response = await _mpp_get_mpp_interest_profiler_careers.asyncio_detailed(
            client=self._client,
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )
        return self._expect(response, InterestProfilerCareers)

    async def raw(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | InterestProfilerCareers | str]:
        """`GET /mpp/interestprofiler/careers` returning status, headers and body whatever the status."""
        from ...api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return await _mpp_get_mpp_interest_profiler_careers.asyncio_detailed(
            client=self._raw_client(),
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )

    def iter(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[InterestProfilerCareer, InterestProfilerCareers]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return AsyncPager(
            _mpp_get_mpp_interest_profiler_careers,
            self._client,
            page_size,
            max_items,
            {
                "answers": answers,
                "realistic": realistic,
                "investigative": investigative,
                "artistic": artistic,
                "social": social,
                "enterprising": enterprising,
                "conventional": conventional,
                "zone": zone,
            },
            concurrency,
        )
