"""(Unverified path) Hot Technologies listing (site-wide).

`online.list_hot_technologies` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.site_hot_technology_list import SiteHotTechnologyList
    from ...models.site_technology_item import SiteTechnologyItem
    from ...types import UNSET, Unset


class ListHotTechnologies(Operation):
    """(Unverified path) Hot Technologies listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
    or documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `technology`, `technology[*].title`.

    `GET /online/hot_technology` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/hot_technology"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteHotTechnologyList:
        """(Unverified path) Hot Technologies listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
        or documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `technology`, `technology[*].title`.

        `GET /online/hot_technology` (confidence: guess).

        Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
        other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
        only shows Hot Technologies as a per-occupation report, so this listing may not exist.

        Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
        list). Paging is assumed from the start/end parameters in the v2 test.

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
            SiteHotTechnologyList: the parsed success response

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
        from ...api.online import list_hot_technologies as _online_list_hot_technologies
        from ...models.site_hot_technology_list import SiteHotTechnologyList

        response = _online_list_hot_technologies.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteHotTechnologyList)

    def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[Error | SiteHotTechnologyList | str]:
        """`GET /online/hot_technology` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_hot_technologies as _online_list_hot_technologies

        return _online_list_hot_technologies.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[SiteTechnologyItem, SiteHotTechnologyList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_hot_technologies as _online_list_hot_technologies

        return Pager(_online_list_hot_technologies, self._client, page_size, max_items, {})


class AsyncListHotTechnologies(AsyncOperation):
    """(Unverified path) Hot Technologies listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
    or documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `technology`, `technology[*].title`.

    `GET /online/hot_technology` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/hot_technology"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteHotTechnologyList:
        """(Unverified path) Hot Technologies listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
        or documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `technology`, `technology[*].title`.

        `GET /online/hot_technology` (confidence: guess).

        Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
        other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
        only shows Hot Technologies as a per-occupation report, so this listing may not exist.

        Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
        list). Paging is assumed from the start/end parameters in the v2 test.

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
            SiteHotTechnologyList: the parsed success response

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
        from ...api.online import list_hot_technologies as _online_list_hot_technologies
        from ...models.site_hot_technology_list import SiteHotTechnologyList

        response = await _online_list_hot_technologies.asyncio_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteHotTechnologyList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | SiteHotTechnologyList | str]:
        """`GET /online/hot_technology` returning status, headers and body whatever the status."""
        from ...api.online import list_hot_technologies as _online_list_hot_technologies

        return await _online_list_hot_technologies.asyncio_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[SiteTechnologyItem, SiteHotTechnologyList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_hot_technologies as _online_list_hot_technologies

        return AsyncPager(_online_list_hot_technologies, self._client, page_size, max_items, {}, concurrency)
