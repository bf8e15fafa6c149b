"""(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

`online.search_soc_crosswalk` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.crosswalk_match import CrosswalkMatch
    from ...models.error import Error
    from ...models.other_crosswalk_results import OtherCrosswalkResults
    from ...types import UNSET, Unset


class SearchSocCrosswalk(Operation):
    """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
    /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `match`.

    `GET /online/crosswalks/soc` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/soc"

    def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> OtherCrosswalkResults:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
        /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `match`.

        `GET /online/crosswalks/soc` (confidence: guess).

        Path unverified: none of these crosswalks is visible in v2 navigation; candidates are
        /online/crosswalks/{soc,dot,rapids,education,occupation_handbook or ooh,esco}; soc is modelled, and
        the body is assumed to mirror the military crosswalk.

        Maps codes or titles from another classification (SOC, DOT, apprenticeship RAPIDS, CIP education
        programs, Occupational Outlook Handbook, ESCO) to O*NET-SOC occupations. These existed in v1.9 in
        some form.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OtherCrosswalkResults: the parsed success response

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
        from ...api.online import search_soc_crosswalk as _online_search_soc_crosswalk
        from ...models.other_crosswalk_results import OtherCrosswalkResults

        response = _online_search_soc_crosswalk.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, OtherCrosswalkResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | OtherCrosswalkResults | str]:
        """`GET /online/crosswalks/soc` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return _online_search_soc_crosswalk.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CrosswalkMatch, OtherCrosswalkResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return Pager(_online_search_soc_crosswalk, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchSocCrosswalk(AsyncOperation):
    """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
    /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `match`.

    `GET /online/crosswalks/soc` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/soc"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> OtherCrosswalkResults:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
        /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `match`.

        `GET /online/crosswalks/soc` (confidence: guess).

        Path unverified: none of these crosswalks is visible in v2 navigation; candidates are
        /online/crosswalks/{soc,dot,rapids,education,occupation_handbook or ooh,esco}; soc is modelled, and
        the body is assumed to mirror the military crosswalk.

        Maps codes or titles from another classification (SOC, DOT, apprenticeship RAPIDS, CIP education
        programs, Occupational Outlook Handbook, ESCO) to O*NET-SOC occupations. These existed in v1.9 in
        some form.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OtherCrosswalkResults: the parsed success response

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
        from ...api.online import search_soc_crosswalk as _online_search_soc_crosswalk
        from ...models.other_crosswalk_results import OtherCrosswalkResults

        response = await _online_search_soc_crosswalk.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, OtherCrosswalkResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | OtherCrosswalkResults | str]:
        """`GET /online/crosswalks/soc` returning status, headers and body whatever the status."""
        from ...api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return await _online_search_soc_crosswalk.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[CrosswalkMatch, OtherCrosswalkResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return AsyncPager(
            _online_search_soc_crosswalk, self._client, page_size, max_items, {"keyword": keyword}, concurrency
        )
