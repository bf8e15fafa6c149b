"""Search careers with key words (My Next Move for Veterans).

`veterans.search_careers` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
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


class SearchCareers(Operation):
    """Search careers with key words (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/search` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/search"

    def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """Search careers with key words (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/search` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The body is assumed identical to
        /mnm/search.

        Finds careers in the tree from key words, a job title or a full or partial O*NET-SOC code. Results
        come in pages of 20 by default; an empty search gives an empty career array. (My Next Move for
        Veterans tree.)

        Args:
            keyword: Search words, a phrase, a job title, or a full or partial O*NET-SOC code. Constraints:
                min length 1.
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
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.veterans import search_veterans_careers as _veterans_search_veterans_careers
        from ...models.career_listing import CareerListing

        response = _veterans_search_veterans_careers.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return _veterans_search_veterans_careers.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return Pager(_veterans_search_veterans_careers, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchCareers(AsyncOperation):
    """Search careers with key words (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/search` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/search"

    async def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """Search careers with key words (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/search` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The body is assumed identical to
        /mnm/search.

        Finds careers in the tree from key words, a job title or a full or partial O*NET-SOC code. Results
        come in pages of 20 by default; an empty search gives an empty career array. (My Next Move for
        Veterans tree.)

        Args:
            keyword: Search words, a phrase, a job title, or a full or partial O*NET-SOC code. Constraints:
                min length 1.
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
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.veterans import search_veterans_careers as _veterans_search_veterans_careers
        from ...models.career_listing import CareerListing

        response = await _veterans_search_veterans_careers.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/search` returning status, headers and body whatever the status."""
        from ...api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return await _veterans_search_veterans_careers.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return AsyncPager(
            _veterans_search_veterans_careers, self._client, page_size, max_items, {"keyword": keyword}, concurrency
        )
