"""See all occupations.

`online.list_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.occupation_item import OccupationItem
    from ...models.online_occupation_list import OnlineOccupationList
    from ...types import UNSET, Unset


class ListOccupations(Operation):
    """See all occupations.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/occupations/` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/"

    def __call__(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> OnlineOccupationList:
        """See all occupations.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/occupations/` (confidence: observed-in-typed-client-code).

        Path and envelope come from v2 client code; the sort parameter is a guess from v1.9 browse listings
        and tags on this listing are not confirmed.

        Pages through every occupation in the current O*NET-SOC taxonomy. A v2 client and a next link also
        use the spelling without trailing slash.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.
            sort: Sort order (unverified; not observed in v2, values unknown).

        Returns:
            OnlineOccupationList: the parsed success response

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
        from ...api.online import list_occupations as _online_list_occupations
        from ...models.online_occupation_list import OnlineOccupationList

        response = _online_list_occupations.sync_detailed(client=self._client, start=start, end=end, sort=sort)
        return self._expect(response, OnlineOccupationList)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> Response[Error | OnlineOccupationList | str]:
        """`GET /online/occupations/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_occupations as _online_list_occupations

        return _online_list_occupations.sync_detailed(client=self._raw_client(), start=start, end=end, sort=sort)

    def iter(
        self, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, OnlineOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_occupations as _online_list_occupations

        return Pager(_online_list_occupations, self._client, page_size, max_items, {"sort": sort})


class AsyncListOccupations(AsyncOperation):
    """See all occupations.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/occupations/` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/"

    async def __call__(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> OnlineOccupationList:
        """See all occupations.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/occupations/` (confidence: observed-in-typed-client-code).

        Path and envelope come from v2 client code; the sort parameter is a guess from v1.9 browse listings
        and tags on this listing are not confirmed.

        Pages through every occupation in the current O*NET-SOC taxonomy. A v2 client and a next link also
        use the spelling without trailing slash.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.
            sort: Sort order (unverified; not observed in v2, values unknown).

        Returns:
            OnlineOccupationList: the parsed success response

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
        from ...api.online import list_occupations as _online_list_occupations
        from ...models.online_occupation_list import OnlineOccupationList

        response = await _online_list_occupations.asyncio_detailed(client=self._client, start=start, end=end, sort=sort)
        return self._expect(response, OnlineOccupationList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> Response[Error | OnlineOccupationList | str]:
        """`GET /online/occupations/` returning status, headers and body whatever the status."""
        from ...api.online import list_occupations as _online_list_occupations

        return await _online_list_occupations.asyncio_detailed(
            client=self._raw_client(), start=start, end=end, sort=sort
        )

    def iter(
        self,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[OccupationItem, OnlineOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_occupations as _online_list_occupations

        return AsyncPager(_online_list_occupations, self._client, page_size, max_items, {"sort": sort}, concurrency)
