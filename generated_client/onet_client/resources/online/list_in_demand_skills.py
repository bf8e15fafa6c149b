"""(Unverified path) In Demand skills listing (site-wide).

`online.list_in_demand_skills` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.site_in_demand_list import SiteInDemandList
    from ...models.site_technology_item import SiteTechnologyItem
    from ...types import UNSET, Unset


class ListInDemandSkills(Operation):
    """(Unverified path) In Demand skills listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
    `technology[*].title`.

    `GET /online/in_demand_skills` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/in_demand_skills"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteInDemandList:
        """(Unverified path) In Demand skills listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
        `technology[*].title`.

        `GET /online/in_demand_skills` (confidence: guess).

        Path unverified and invented: no v1.9 or v2 source names a site-wide endpoint (the manual lists In
        Demand skills only as an occupation report); candidates /online/in_demand_skills and
        /online/in_demand are analogies with the Hot Technologies listing, as is the body.

        Placeholder for a possible site-wide list of technology skills most in demand by employers.

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
            SiteInDemandList: the parsed success response

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
        from ...api.online import list_in_demand_skills as _online_list_in_demand_skills
        from ...models.site_in_demand_list import SiteInDemandList

        response = _online_list_in_demand_skills.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteInDemandList)

    def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[Error | SiteInDemandList | str]:
        """`GET /online/in_demand_skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_in_demand_skills as _online_list_in_demand_skills

        return _online_list_in_demand_skills.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[SiteTechnologyItem, SiteInDemandList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_in_demand_skills as _online_list_in_demand_skills

        return Pager(_online_list_in_demand_skills, self._client, page_size, max_items, {})


class AsyncListInDemandSkills(AsyncOperation):
    """(Unverified path) In Demand skills listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
    `technology[*].title`.

    `GET /online/in_demand_skills` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/in_demand_skills"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteInDemandList:
        """(Unverified path) In Demand skills listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
        `technology[*].title`.

        `GET /online/in_demand_skills` (confidence: guess).

        Path unverified and invented: no v1.9 or v2 source names a site-wide endpoint (the manual lists In
        Demand skills only as an occupation report); candidates /online/in_demand_skills and
        /online/in_demand are analogies with the Hot Technologies listing, as is the body.

        Placeholder for a possible site-wide list of technology skills most in demand by employers.

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
            SiteInDemandList: the parsed success response

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
        from ...api.online import list_in_demand_skills as _online_list_in_demand_skills
        from ...models.site_in_demand_list import SiteInDemandList

        response = await _online_list_in_demand_skills.asyncio_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteInDemandList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | SiteInDemandList | str]:
        """`GET /online/in_demand_skills` returning status, headers and body whatever the status."""
        from ...api.online import list_in_demand_skills as _online_list_in_demand_skills

        return await _online_list_in_demand_skills.asyncio_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[SiteTechnologyItem, SiteInDemandList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_in_demand_skills as _online_list_in_demand_skills

        return AsyncPager(_online_list_in_demand_skills, self._client, page_size, max_items, {}, concurrency)
