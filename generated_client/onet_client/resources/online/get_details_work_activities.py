"""Work Activities (details report).

`online.get_details_work_activities` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_details_work_activities import ReportDetailsWorkActivities
    from ...models.report_element_details import ReportElementDetails
    from ...types import UNSET, Unset


class GetDetailsWorkActivities(Operation):
    """Work Activities (details report).

    `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_activities"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkActivities:
        """Work Activities (details report).

        `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_activities__public_*): all 41 work activities
        of each rated occupation carried an integer importance (never null); 41-3091.00 has no work-activity
        section.

        Lists the occupation's generalized work activities with id, name, description, related link and an
        importance rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkActivities: the parsed success response

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
        from ...api.online import get_details_work_activities as _online_get_details_work_activities
        from ...models.report_details_work_activities import ReportDetailsWorkActivities

        response = _online_get_details_work_activities.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkActivities)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkActivities | str]:
        """`GET /online/occupations/{code}/details/work_activities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_details_work_activities as _online_get_details_work_activities

        return _online_get_details_work_activities.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementDetails, ReportDetailsWorkActivities]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import get_details_work_activities as _online_get_details_work_activities

        return Pager(_online_get_details_work_activities, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsWorkActivities(AsyncOperation):
    """Work Activities (details report).

    `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_activities"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsWorkActivities:
        """Work Activities (details report).

        `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_activities__public_*): all 41 work activities
        of each rated occupation carried an integer importance (never null); 41-3091.00 has no work-activity
        section.

        Lists the occupation's generalized work activities with id, name, description, related link and an
        importance rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkActivities: the parsed success response

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
        from ...api.online import get_details_work_activities as _online_get_details_work_activities
        from ...models.report_details_work_activities import ReportDetailsWorkActivities

        response = await _online_get_details_work_activities.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkActivities)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkActivities | str]:
        """`GET /online/occupations/{code}/details/work_activities` returning status, headers and body whatever the status."""
        from ...api.online import get_details_work_activities as _online_get_details_work_activities

        return await _online_get_details_work_activities.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[ReportElementDetails, ReportDetailsWorkActivities]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import get_details_work_activities as _online_get_details_work_activities

        return AsyncPager(
            _online_get_details_work_activities, self._client, page_size, max_items, {"code": code}, concurrency
        )
