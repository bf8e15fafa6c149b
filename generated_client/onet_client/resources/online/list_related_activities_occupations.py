"""(Unverified path) Related activities: related occupations for activities.

`online.list_related_activities_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.related_activities_occupation import RelatedActivitiesOccupation
    from ...models.related_activities_occupation_list import RelatedActivitiesOccupationList
    from ...models.related_activities_results_sort import (
        RelatedActivitiesResultsSort,
        check_related_activities_results_sort,
    )
    from ...types import UNSET, Unset


class ListRelatedActivitiesOccupations(Operation):
    """(Unverified path) Related activities: related occupations for activities.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/related_activities/related/{code}.

    `GET /online/related_activities/results/{code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/results/{code}"

    def __call__(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> RelatedActivitiesOccupationList:
        """(Unverified path) Related activities: related occupations for activities.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/related_activities/related/{code}.

        `GET /online/related_activities/results/{code}` (confidence: guess).

        Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
        comes only from a generated client (alternative: /online/related_activities/related/{code}).
        Parameters and body are documented.

        Step 3 of the Related Activities search: returns occupations that share one or more of the selected
        DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
        (shared, similar, full). Sorted by the number of shared activities by default.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            activities: Comma-separated DWA ids chosen in step 2, e.g. 4.A.4.a.1.I05.D01,4.A.2.a.2.I05.D04.
                Constraints: min length 1.
            sort: Sort order. One of: 'shared', 'similar', 'title', 'code', 'zone'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            RelatedActivitiesOccupationList: the parsed success response

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
        from ...api.online import list_related_activities_occupations as _online_list_related_activities_occupations
        from ...models.related_activities_occupation_list import RelatedActivitiesOccupationList

        response = _online_list_related_activities_occupations.sync_detailed(
            client=self._client, code=code, activities=activities, sort=sort, start=start, end=end
        )
        return self._expect(response, RelatedActivitiesOccupationList)

    def raw(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | RelatedActivitiesOccupationList | str]:
        """`GET /online/related_activities/results/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return _online_list_related_activities_occupations.sync_detailed(
            client=self._raw_client(), code=code, activities=activities, sort=sort, start=start, end=end
        )

    def iter(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[RelatedActivitiesOccupation, RelatedActivitiesOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return Pager(
            _online_list_related_activities_occupations,
            self._client,
            page_size,
            max_items,
            {"code": code, "activities": activities, "sort": sort},
        )


class AsyncListRelatedActivitiesOccupations(AsyncOperation):
    """(Unverified path) Related activities: related occupations for activities.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/related_activities/related/{code}.

    `GET /online/related_activities/results/{code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/results/{code}"

    async def __call__(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> RelatedActivitiesOccupationList:
        """(Unverified path) Related activities: related occupations for activities.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/related_activities/related/{code}.

        `GET /online/related_activities/results/{code}` (confidence: guess).

        Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
        comes only from a generated client (alternative: /online/related_activities/related/{code}).
        Parameters and body are documented.

        Step 3 of the Related Activities search: returns occupations that share one or more of the selected
        DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
        (shared, similar, full). Sorted by the number of shared activities by default.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            activities: Comma-separated DWA ids chosen in step 2, e.g. 4.A.4.a.1.I05.D01,4.A.2.a.2.I05.D04.
                Constraints: min length 1.
            sort: Sort order. One of: 'shared', 'similar', 'title', 'code', 'zone'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            RelatedActivitiesOccupationList: the parsed success response

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
        from ...api.online import list_related_activities_occupations as _online_list_related_activities_occupations
        from ...models.related_activities_occupation_list import RelatedActivitiesOccupationList

        response = await _online_list_related_activities_occupations.asyncio_detailed(
            client=self._client, code=code, activities=activities, sort=sort, start=start, end=end
        )
        return self._expect(response, RelatedActivitiesOccupationList)

    async def raw(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | RelatedActivitiesOccupationList | str]:
        """`GET /online/related_activities/results/{code}` returning status, headers and body whatever the status."""
        from ...api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return await _online_list_related_activities_occupations.asyncio_detailed(
            client=self._raw_client(), code=code, activities=activities, sort=sort, start=start, end=end
        )

    def iter(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[RelatedActivitiesOccupation, RelatedActivitiesOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return AsyncPager(
            _online_list_related_activities_occupations,
            self._client,
            page_size,
            max_items,
            {"code": code, "activities": activities, "sort": sort},
            concurrency,
        )
