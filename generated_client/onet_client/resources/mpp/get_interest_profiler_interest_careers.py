"""(Unverified path) Careers related to single interest (Mi Próximo Paso).

`mpp.get_interest_profiler_interest_careers` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_item import CareerItem
    from ...models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
    from ...models.career_listing import CareerListing
    from ...models.error import Error
    from ...models.interest_profiler_area_code import InterestProfilerAreaCode, check_interest_profiler_area_code
    from ...types import UNSET, Unset


class GetInterestProfilerInterestCareers(Operation):
    """(Unverified path) Careers related to single interest (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/interests/{interest_code}"

    def __call__(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerListing:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

        Unverified path, parameters and body: the low-trust Go client uses
        /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
        .../interests/{n}/careers; zone and paging are assumed.

        The Go-client form is chosen because it nests under the documented interests listing and the
        alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
        one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

        Args:
            interest_code: RIASEC interest area code (guessed values, as in the results operation). One of:
                'realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'.
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
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
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
        from ...api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )
        from ...models.career_listing import CareerListing

        response = _mpp_get_mpp_interest_profiler_interest_careers.sync_detailed(
            client=self._client, interest_code=interest_code, zone=zone, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/interestprofiler/interests/{interest_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return _mpp_get_mpp_interest_profiler_interest_careers.sync_detailed(
            client=self._raw_client(), interest_code=interest_code, zone=zone, start=start, end=end
        )

    def iter(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return Pager(
            _mpp_get_mpp_interest_profiler_interest_careers,
            self._client,
            page_size,
            max_items,
            {"interest_code": interest_code, "zone": zone},
        )


class AsyncGetInterestProfilerInterestCareers(AsyncOperation):
    """(Unverified path) Careers related to single interest (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/interests/{interest_code}"

    async def __call__(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerListing:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

        Unverified path, parameters and body: the low-trust Go client uses
        /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
        .../interests/{n}/careers; zone and paging are assumed.

        The Go-client form is chosen because it nests under the documented interests listing and the
        alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
        one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

        Args:
            interest_code: RIASEC interest area code (guessed values, as in the results operation). One of:
                'realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'.
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
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
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
        from ...api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )
        from ...models.career_listing import CareerListing

        response = await _mpp_get_mpp_interest_profiler_interest_careers.asyncio_detailed(
            client=self._client, interest_code=interest_code, zone=zone, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/interestprofiler/interests/{interest_code}` returning status, headers and body whatever the status."""
        from ...api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return await _mpp_get_mpp_interest_profiler_interest_careers.asyncio_detailed(
            client=self._raw_client(), interest_code=interest_code, zone=zone, start=start, end=end
        )

    def iter(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return AsyncPager(
            _mpp_get_mpp_interest_profiler_interest_careers,
            self._client,
            page_size,
            max_items,
            {"interest_code": interest_code, "zone": zone},
            concurrency,
        )
