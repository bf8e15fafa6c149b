"""Technology skills: occupations for category.

`online.list_technology_category_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.occupation_item import OccupationItem
    from ...models.technology_search_category_occupation_list import TechnologySearchCategoryOccupationList
    from ...types import UNSET, Unset


class ListTechnologyCategoryOccupations(Operation):
    """Technology skills: occupations for category.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/technology/categories/{category_code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/{category_code}"

    def __call__(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryOccupationList:
        """Technology skills: occupations for category.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/technology/categories/{category_code}` (confidence: guess).

        Unverified: path from one machine-generated client; the body is a guess.

        Pages through occupations whose technology skills fall in the given UNSPSC category.

        Args:
            category_code: UNSPSC commodity code.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchCategoryOccupationList: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        from ...api.online import list_technology_category_occupations as _online_list_technology_category_occupations
        from ...models.technology_search_category_occupation_list import TechnologySearchCategoryOccupationList

        response = _online_list_technology_category_occupations.sync_detailed(
            client=self._client, category_code=category_code, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryOccupationList)

    def raw(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryOccupationList | str]:
        """`GET /online/technology/categories/{category_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return _online_list_technology_category_occupations.sync_detailed(
            client=self._raw_client(), category_code=category_code, start=start, end=end
        )

    def iter(
        self, category_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, TechnologySearchCategoryOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return Pager(
            _online_list_technology_category_occupations,
            self._client,
            page_size,
            max_items,
            {"category_code": category_code},
        )


class AsyncListTechnologyCategoryOccupations(AsyncOperation):
    """Technology skills: occupations for category.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/technology/categories/{category_code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/{category_code}"

    async def __call__(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryOccupationList:
        """Technology skills: occupations for category.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/technology/categories/{category_code}` (confidence: guess).

        Unverified: path from one machine-generated client; the body is a guess.

        Pages through occupations whose technology skills fall in the given UNSPSC category.

        Args:
            category_code: UNSPSC commodity code.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchCategoryOccupationList: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        from ...api.online import list_technology_category_occupations as _online_list_technology_category_occupations
        from ...models.technology_search_category_occupation_list import TechnologySearchCategoryOccupationList

        response = await _online_list_technology_category_occupations.asyncio_detailed(
            client=self._client, category_code=category_code, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryOccupationList)

    async def raw(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryOccupationList | str]:
        """`GET /online/technology/categories/{category_code}` returning status, headers and body whatever the status."""
        from ...api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return await _online_list_technology_category_occupations.asyncio_detailed(
            client=self._raw_client(), category_code=category_code, start=start, end=end
        )

    def iter(
        self,
        category_code: int,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[OccupationItem, TechnologySearchCategoryOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return AsyncPager(
            _online_list_technology_category_occupations,
            self._client,
            page_size,
            max_items,
            {"category_code": category_code},
            concurrency,
        )
