"""(Unverified path) Careers in industry (some people) (My Next Move).

`mnm.list_industry_careers_some` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_item import CareerItem
    from ...models.career_listing import CareerListing
    from ...models.error import Error
    from ...types import UNSET, Unset


class ListIndustryCareersSome(Operation):
    """(Unverified path) Careers in industry (some people) (My Next Move).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mnm/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mnm/industries/{industry_code}/some_people` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mnm/industries/{industry_code}/some_people"

    def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (some people) (My Next Move).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mnm/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mnm/industries/{industry_code}/some_people` (confidence: guess).

        Unverified path and body: candidates are /mnm/industries/{industry_code}/some_people (low-trust Go
        client) and /mnm/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

        Chosen for the same reason as the most-people list: separate services need separate paths. Lists
        careers that employ some (but not most) of their workers in the given industry.

        Args:
            industry_code: Industry code from the industry listing (integer in v1.9, e.g. 54).
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
        from ...api.mnm import list_mnm_industry_careers_some as _mnm_list_mnm_industry_careers_some
        from ...models.career_listing import CareerListing

        response = _mnm_list_mnm_industry_careers_some.sync_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mnm/industries/{industry_code}/some_people` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mnm import list_mnm_industry_careers_some as _mnm_list_mnm_industry_careers_some

        return _mnm_list_mnm_industry_careers_some.sync_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.mnm import list_mnm_industry_careers_some as _mnm_list_mnm_industry_careers_some

        return Pager(
            _mnm_list_mnm_industry_careers_some, self._client, page_size, max_items, {"industry_code": industry_code}
        )


class AsyncListIndustryCareersSome(AsyncOperation):
    """(Unverified path) Careers in industry (some people) (My Next Move).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mnm/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mnm/industries/{industry_code}/some_people` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mnm/industries/{industry_code}/some_people"

    async def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (some people) (My Next Move).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mnm/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mnm/industries/{industry_code}/some_people` (confidence: guess).

        Unverified path and body: candidates are /mnm/industries/{industry_code}/some_people (low-trust Go
        client) and /mnm/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

        Chosen for the same reason as the most-people list: separate services need separate paths. Lists
        careers that employ some (but not most) of their workers in the given industry.

        Args:
            industry_code: Industry code from the industry listing (integer in v1.9, e.g. 54).
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
        from ...api.mnm import list_mnm_industry_careers_some as _mnm_list_mnm_industry_careers_some
        from ...models.career_listing import CareerListing

        response = await _mnm_list_mnm_industry_careers_some.asyncio_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mnm/industries/{industry_code}/some_people` returning status, headers and body whatever the status."""
        from ...api.mnm import list_mnm_industry_careers_some as _mnm_list_mnm_industry_careers_some

        return await _mnm_list_mnm_industry_careers_some.asyncio_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self,
        industry_code: int,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.mnm import list_mnm_industry_careers_some as _mnm_list_mnm_industry_careers_some

        return AsyncPager(
            _mnm_list_mnm_industry_careers_some,
            self._client,
            page_size,
            max_items,
            {"industry_code": industry_code},
            concurrency,
        )
