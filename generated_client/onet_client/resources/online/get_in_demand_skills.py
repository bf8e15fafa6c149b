"""(Unverified path) In Demand skills.

`online.get_in_demand_skills` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_in_demand_skills import ReportInDemandSkills
    from ...models.technology_example import TechnologyExample
    from ...types import UNSET, Unset


class GetInDemandSkills(Operation):
    """(Unverified path) In Demand skills.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `example`.

    `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/in_demand_skills"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportInDemandSkills:
        """(Unverified path) In Demand skills.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `example`.

        `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

        Unverified path: the manual lists an In Demand skills report but no source shows its URL; candidates
        are /online/occupations/{code}/in_demand_skills (used here), /online/occupations/{code}/in_demand
        and /online/occupations/{code}/details/in_demand_skills, and the item shape is assumed to match
        hot_technology.

        Meant to list the technology examples flagged as in demand for the occupation. One client reports
        that an in-demand link advertised for some occupations answers 404. When a technology_skills
        response carries an in_demand_skills pointer, prefer its href over this path.

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
            ReportInDemandSkills: the parsed success response

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
        from ...api.online import get_in_demand_skills as _online_get_in_demand_skills
        from ...models.report_in_demand_skills import ReportInDemandSkills

        response = _online_get_in_demand_skills.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportInDemandSkills)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportInDemandSkills | str]:
        """`GET /online/occupations/{code}/in_demand_skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_in_demand_skills as _online_get_in_demand_skills

        return _online_get_in_demand_skills.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologyExample, ReportInDemandSkills]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import get_in_demand_skills as _online_get_in_demand_skills

        return Pager(_online_get_in_demand_skills, self._client, page_size, max_items, {"code": code})


class AsyncGetInDemandSkills(AsyncOperation):
    """(Unverified path) In Demand skills.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `example`.

    `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/in_demand_skills"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportInDemandSkills:
        """(Unverified path) In Demand skills.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `example`.

        `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

        Unverified path: the manual lists an In Demand skills report but no source shows its URL; candidates
        are /online/occupations/{code}/in_demand_skills (used here), /online/occupations/{code}/in_demand
        and /online/occupations/{code}/details/in_demand_skills, and the item shape is assumed to match
        hot_technology.

        Meant to list the technology examples flagged as in demand for the occupation. One client reports
        that an in-demand link advertised for some occupations answers 404. When a technology_skills
        response carries an in_demand_skills pointer, prefer its href over this path.

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
            ReportInDemandSkills: the parsed success response

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
        from ...api.online import get_in_demand_skills as _online_get_in_demand_skills
        from ...models.report_in_demand_skills import ReportInDemandSkills

        response = await _online_get_in_demand_skills.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportInDemandSkills)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportInDemandSkills | str]:
        """`GET /online/occupations/{code}/in_demand_skills` returning status, headers and body whatever the status."""
        from ...api.online import get_in_demand_skills as _online_get_in_demand_skills

        return await _online_get_in_demand_skills.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[TechnologyExample, ReportInDemandSkills]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import get_in_demand_skills as _online_get_in_demand_skills

        return AsyncPager(_online_get_in_demand_skills, self._client, page_size, max_items, {"code": code}, concurrency)
