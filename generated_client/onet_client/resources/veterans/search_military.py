"""Find careers like your military job.

`veterans.search_military` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.military_branch_filter import MilitaryBranchFilter, check_military_branch_filter
    from ...models.military_career import MilitaryCareer
    from ...models.military_search_results import MilitarySearchResults
    from ...types import UNSET, Unset


class SearchMilitary(Operation):
    """Find careers like your military job.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
    `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
    `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
    1 more.

    `GET /veterans/military` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/military"

    def __call__(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitarySearchResults:
        """Find careers like your military job.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
        `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
        `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
        1 more.

        `GET /veterans/military` (confidence: observed-in-typed-client-code).

        Path and main arrays come from a Django client fixed against the live API, but paging, external_info
        and military_jobs are carried over from v1.9.

        Finds civilian careers like a military job, from an MOS, rating, AFSC or designator code or a job
        title, optionally limited to one branch. Navy officer designators and Coast Guard ratings find no
        matches; clients also call it with a trailing slash. (My Next Move for Veterans tree.)

        Args:
            keyword: Military occupation code (e.g. 11B) or job title. Constraints: min length 1.
            branch: Restrict matches to one service branch. One client also sends space_force; unverified.
                One of: 'all', 'army', 'navy', 'air_force', 'marine_corps', 'coast_guard'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitarySearchResults: the parsed success response

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
        from ...api.veterans import search_veterans_military as _veterans_search_veterans_military
        from ...models.military_search_results import MilitarySearchResults

        response = _veterans_search_veterans_military.sync_detailed(
            client=self._client, keyword=keyword, branch=branch, start=start, end=end
        )
        return self._expect(response, MilitarySearchResults)

    def raw(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitarySearchResults | str]:
        """`GET /veterans/military` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.veterans import search_veterans_military as _veterans_search_veterans_military

        return _veterans_search_veterans_military.sync_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[MilitaryCareer, MilitarySearchResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.veterans import search_veterans_military as _veterans_search_veterans_military

        return Pager(
            _veterans_search_veterans_military,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch},
        )


class AsyncSearchMilitary(AsyncOperation):
    """Find careers like your military job.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
    `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
    `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
    1 more.

    `GET /veterans/military` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/military"

    async def __call__(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitarySearchResults:
        """Find careers like your military job.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
        `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
        `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
        1 more.

        `GET /veterans/military` (confidence: observed-in-typed-client-code).

        Path and main arrays come from a Django client fixed against the live API, but paging, external_info
        and military_jobs are carried over from v1.9.

        Finds civilian careers like a military job, from an MOS, rating, AFSC or designator code or a job
        title, optionally limited to one branch. Navy officer designators and Coast Guard ratings find no
        matches; clients also call it with a trailing slash. (My Next Move for Veterans tree.)

        Args:
            keyword: Military occupation code (e.g. 11B) or job title. Constraints: min length 1.
            branch: Restrict matches to one service branch. One client also sends space_force; unverified.
                One of: 'all', 'army', 'navy', 'air_force', 'marine_corps', 'coast_guard'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitarySearchResults: the parsed success response

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
        from ...api.veterans import search_veterans_military as _veterans_search_veterans_military
        from ...models.military_search_results import MilitarySearchResults

        response = await _veterans_search_veterans_military.asyncio_detailed(
            client=self._client, keyword=keyword, branch=branch, start=start, end=end
        )
        return self._expect(response, MilitarySearchResults)

    async def raw(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitarySearchResults | str]:
        """`GET /veterans/military` returning status, headers and body whatever the status."""
        from ...api.veterans import search_veterans_military as _veterans_search_veterans_military

        return await _veterans_search_veterans_military.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[MilitaryCareer, MilitarySearchResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.veterans import search_veterans_military as _veterans_search_veterans_military

        return AsyncPager(
            _veterans_search_veterans_military,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch},
            concurrency,
        )
