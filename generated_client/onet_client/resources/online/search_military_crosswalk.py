"""Military crosswalk search.

`online.search_military_crosswalk` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.crosswalk_match import CrosswalkMatch
    from ...models.error import Error
    from ...models.military_crosswalk_results import MilitaryCrosswalkResults
    from ...types import UNSET, Unset


class SearchMilitaryCrosswalk(Operation):
    """Military crosswalk search.

    `GET /online/crosswalks/military` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/military"

    def __call__(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitaryCrosswalkResults:
        """Military crosswalk search.

        `GET /online/crosswalks/military` (confidence: observed-in-real-response).

        Path and body are seen in a captured response; the optional branch filter is v1.9 knowledge and
        active appears in one client only.

        Looks up military occupations (MOS, AFSC, ratings) by title or code and returns, for each match, the
        related civilian O*NET-SOC occupations.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            branch: Restrict to one service branch (v1.9 values incl. all, army, navy, air_force,
                marine_corps, coast_guard; not confirmed for v2).
            active: Restrict to currently active military codes (unverified; one client only).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitaryCrosswalkResults: the parsed success response

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
        from ...api.online import search_military_crosswalk as _online_search_military_crosswalk
        from ...models.military_crosswalk_results import MilitaryCrosswalkResults

        response = _online_search_military_crosswalk.sync_detailed(
            client=self._client, keyword=keyword, branch=branch, active=active, start=start, end=end
        )
        return self._expect(response, MilitaryCrosswalkResults)

    def raw(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitaryCrosswalkResults | str]:
        """`GET /online/crosswalks/military` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import search_military_crosswalk as _online_search_military_crosswalk

        return _online_search_military_crosswalk.sync_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, active=active, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CrosswalkMatch, MilitaryCrosswalkResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import search_military_crosswalk as _online_search_military_crosswalk

        return Pager(
            _online_search_military_crosswalk,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch, "active": active},
        )


class AsyncSearchMilitaryCrosswalk(AsyncOperation):
    """Military crosswalk search.

    `GET /online/crosswalks/military` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/military"

    async def __call__(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitaryCrosswalkResults:
        """Military crosswalk search.

        `GET /online/crosswalks/military` (confidence: observed-in-real-response).

        Path and body are seen in a captured response; the optional branch filter is v1.9 knowledge and
        active appears in one client only.

        Looks up military occupations (MOS, AFSC, ratings) by title or code and returns, for each match, the
        related civilian O*NET-SOC occupations.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            branch: Restrict to one service branch (v1.9 values incl. all, army, navy, air_force,
                marine_corps, coast_guard; not confirmed for v2).
            active: Restrict to currently active military codes (unverified; one client only).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitaryCrosswalkResults: the parsed success response

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
        from ...api.online import search_military_crosswalk as _online_search_military_crosswalk
        from ...models.military_crosswalk_results import MilitaryCrosswalkResults

        response = await _online_search_military_crosswalk.asyncio_detailed(
            client=self._client, keyword=keyword, branch=branch, active=active, start=start, end=end
        )
        return self._expect(response, MilitaryCrosswalkResults)

    async def raw(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitaryCrosswalkResults | str]:
        """`GET /online/crosswalks/military` returning status, headers and body whatever the status."""
        from ...api.online import search_military_crosswalk as _online_search_military_crosswalk

        return await _online_search_military_crosswalk.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, active=active, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[CrosswalkMatch, MilitaryCrosswalkResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import search_military_crosswalk as _online_search_military_crosswalk

        return AsyncPager(
            _online_search_military_crosswalk,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch, "active": active},
            concurrency,
        )
