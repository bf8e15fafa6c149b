"""(Unverified path) Apprenticeship listing.

`online.list_apprenticeship_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.apprenticeship_occupation_list import ApprenticeshipOccupationList
    from ...models.error import Error
    from ...models.occupation_item import OccupationItem
    from ...types import UNSET, Unset


class ListApprenticeshipOccupations(Operation):
    """(Unverified path) Apprenticeship listing.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/apprenticeship/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/apprenticeship/"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ApprenticeshipOccupationList:
        """(Unverified path) Apprenticeship listing.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/apprenticeship/` (confidence: guess).

        Path unverified and invented: no v2 search or listing endpoint was found (apprenticeship appears
        only inside Summary/Details occupation reports); /online/apprenticeship/ and
        /online/crosswalks/rapids are placeholders, and paging and body are analogies.

        Placeholder for the v1.9 Careers with Registered Apprenticeships listing.

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
            ApprenticeshipOccupationList: the parsed success response

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
        from ...api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations
        from ...models.apprenticeship_occupation_list import ApprenticeshipOccupationList

        response = _online_list_apprenticeship_occupations.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, ApprenticeshipOccupationList)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[ApprenticeshipOccupationList | Error | str]:
        """`GET /online/apprenticeship/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return _online_list_apprenticeship_occupations.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, ApprenticeshipOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return Pager(_online_list_apprenticeship_occupations, self._client, page_size, max_items, {})


class AsyncListApprenticeshipOccupations(AsyncOperation):
    """(Unverified path) Apprenticeship listing.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/apprenticeship/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/apprenticeship/"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ApprenticeshipOccupationList:
        """(Unverified path) Apprenticeship listing.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/apprenticeship/` (confidence: guess).

        Path unverified and invented: no v2 search or listing endpoint was found (apprenticeship appears
        only inside Summary/Details occupation reports); /online/apprenticeship/ and
        /online/crosswalks/rapids are placeholders, and paging and body are analogies.

        Placeholder for the v1.9 Careers with Registered Apprenticeships listing.

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
            ApprenticeshipOccupationList: the parsed success response

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
        from ...api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations
        from ...models.apprenticeship_occupation_list import ApprenticeshipOccupationList

        response = await _online_list_apprenticeship_occupations.asyncio_detailed(
            client=self._client, start=start, end=end
        )
        return self._expect(response, ApprenticeshipOccupationList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[ApprenticeshipOccupationList | Error | str]:
        """`GET /online/apprenticeship/` returning status, headers and body whatever the status."""
        from ...api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return await _online_list_apprenticeship_occupations.asyncio_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[OccupationItem, ApprenticeshipOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return AsyncPager(_online_list_apprenticeship_occupations, self._client, page_size, max_items, {}, concurrency)
