"""Technology skills: category search.

`online.search_technology_categories` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.technology_search_category import TechnologySearchCategory
    from ...models.technology_search_category_results import TechnologySearchCategoryResults
    from ...types import UNSET, Unset


class SearchTechnologyCategories(Operation):
    """Technology skills: category search.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `category`, `category[*].code`, `category[*].title`.

    `GET /online/technology/categories/search` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/search"

    def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryResults:
        """Technology skills: category search.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `category`, `category[*].code`, `category[*].title`.

        `GET /online/technology/categories/search` (confidence: guess).

        Unverified: path and body come from one machine-generated client; the list member name category and
        paging are guesses.

        Searches technology categories (UNSPSC commodity classes) by keyword.

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
            TechnologySearchCategoryResults: the parsed success response

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
        from ...api.online import search_technology_categories as _online_search_technology_categories
        from ...models.technology_search_category_results import TechnologySearchCategoryResults

        response = _online_search_technology_categories.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryResults | str]:
        """`GET /online/technology/categories/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import search_technology_categories as _online_search_technology_categories

        return _online_search_technology_categories.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologySearchCategory, TechnologySearchCategoryResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import search_technology_categories as _online_search_technology_categories

        return Pager(_online_search_technology_categories, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchTechnologyCategories(AsyncOperation):
    """Technology skills: category search.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `category`, `category[*].code`, `category[*].title`.

    `GET /online/technology/categories/search` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/search"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryResults:
        """Technology skills: category search.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `category`, `category[*].code`, `category[*].title`.

        `GET /online/technology/categories/search` (confidence: guess).

        Unverified: path and body come from one machine-generated client; the list member name category and
        paging are guesses.

        Searches technology categories (UNSPSC commodity classes) by keyword.

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
            TechnologySearchCategoryResults: the parsed success response

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
        from ...api.online import search_technology_categories as _online_search_technology_categories
        from ...models.technology_search_category_results import TechnologySearchCategoryResults

        response = await _online_search_technology_categories.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryResults | str]:
        """`GET /online/technology/categories/search` returning status, headers and body whatever the status."""
        from ...api.online import search_technology_categories as _online_search_technology_categories

        return await _online_search_technology_categories.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[TechnologySearchCategory, TechnologySearchCategoryResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import search_technology_categories as _online_search_technology_categories

        return AsyncPager(
            _online_search_technology_categories, self._client, page_size, max_items, {"keyword": keyword}, concurrency
        )
