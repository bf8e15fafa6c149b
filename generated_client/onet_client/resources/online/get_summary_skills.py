"""Skills (summary report).

`online.get_summary_skills` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_element_summary import ReportElementSummary
    from ...models.report_summary_skills import ReportSummarySkills
    from ...types import UNSET, Unset


class GetSummarySkills(Operation):
    """Skills (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/skills"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummarySkills:
        """Skills (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant skills for the occupation with id, name, description and a related link. The
        manual documents a default page of 20; one docs-derived script claims summary sections return 5 by
        default (unresolved).

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
            ReportSummarySkills: the parsed success response

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
        from ...api.online import get_summary_skills as _online_get_summary_skills
        from ...models.report_summary_skills import ReportSummarySkills

        response = _online_get_summary_skills.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummarySkills)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummarySkills | str]:
        """`GET /online/occupations/{code}/summary/skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_summary_skills as _online_get_summary_skills

        return _online_get_summary_skills.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementSummary, ReportSummarySkills]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import get_summary_skills as _online_get_summary_skills

        return Pager(_online_get_summary_skills, self._client, page_size, max_items, {"code": code})


class AsyncGetSummarySkills(AsyncOperation):
    """Skills (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/skills"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummarySkills:
        """Skills (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant skills for the occupation with id, name, description and a related link. The
        manual documents a default page of 20; one docs-derived script claims summary sections return 5 by
        default (unresolved).

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
            ReportSummarySkills: the parsed success response

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
        from ...api.online import get_summary_skills as _online_get_summary_skills
        from ...models.report_summary_skills import ReportSummarySkills

        response = await _online_get_summary_skills.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummarySkills)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummarySkills | str]:
        """`GET /online/occupations/{code}/summary/skills` returning status, headers and body whatever the status."""
        from ...api.online import get_summary_skills as _online_get_summary_skills

        return await _online_get_summary_skills.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[ReportElementSummary, ReportSummarySkills]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import get_summary_skills as _online_get_summary_skills

        return AsyncPager(_online_get_summary_skills, self._client, page_size, max_items, {"code": code}, concurrency)
