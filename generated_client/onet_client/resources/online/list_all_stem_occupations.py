"""All STEM occupations.

`online.list_all_stem_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.stem_all_occupation import StemAllOccupation
    from ...models.stem_all_occupation_list import StemAllOccupationList
    from ...models.stem_occupations_sort import StemOccupationsSort, check_stem_occupations_sort
    from ...types import UNSET, Unset


class ListAllStemOccupations(Operation):
    """All STEM occupations.

    `GET /online/stem_occupations/all` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/all"

    def __call__(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> StemAllOccupationList:
        """All STEM occupations.

        `GET /online/stem_occupations/all` (confidence: documented).

        Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

        Pages through every occupation linked to at least one STEM occupation type; each result lists its
        types and its Job Family. Sorted by title unless sort says otherwise.

        Args:
            job_family: Restrict results to one Job Family, given by its code (e.g. 11-0000). No filter by
                default. Constraints: pattern ^\\d{2}-0000$.
            sort: Sort order. One of: 'job_family', 'title', 'code', 'stem_occupation_type'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            StemAllOccupationList: the parsed success response

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
        from ...api.online import list_all_stem_occupations as _online_list_all_stem_occupations
        from ...models.stem_all_occupation_list import StemAllOccupationList

        response = _online_list_all_stem_occupations.sync_detailed(
            client=self._client, job_family=job_family, sort=sort, start=start, end=end
        )
        return self._expect(response, StemAllOccupationList)

    def raw(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | StemAllOccupationList | str]:
        """`GET /online/stem_occupations/all` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return _online_list_all_stem_occupations.sync_detailed(
            client=self._raw_client(), job_family=job_family, sort=sort, start=start, end=end
        )

    def iter(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[StemAllOccupation, StemAllOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return Pager(
            _online_list_all_stem_occupations,
            self._client,
            page_size,
            max_items,
            {"job_family": job_family, "sort": sort},
        )


class AsyncListAllStemOccupations(AsyncOperation):
    """All STEM occupations.

    `GET /online/stem_occupations/all` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/all"

    async def __call__(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> StemAllOccupationList:
        """All STEM occupations.

        `GET /online/stem_occupations/all` (confidence: documented).

        Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

        Pages through every occupation linked to at least one STEM occupation type; each result lists its
        types and its Job Family. Sorted by title unless sort says otherwise.

        Args:
            job_family: Restrict results to one Job Family, given by its code (e.g. 11-0000). No filter by
                default. Constraints: pattern ^\\d{2}-0000$.
            sort: Sort order. One of: 'job_family', 'title', 'code', 'stem_occupation_type'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            StemAllOccupationList: the parsed success response

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
        from ...api.online import list_all_stem_occupations as _online_list_all_stem_occupations
        from ...models.stem_all_occupation_list import StemAllOccupationList

        response = await _online_list_all_stem_occupations.asyncio_detailed(
            client=self._client, job_family=job_family, sort=sort, start=start, end=end
        )
        return self._expect(response, StemAllOccupationList)

    async def raw(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | StemAllOccupationList | str]:
        """`GET /online/stem_occupations/all` returning status, headers and body whatever the status."""
        from ...api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return await _online_list_all_stem_occupations.asyncio_detailed(
            client=self._raw_client(), job_family=job_family, sort=sort, start=start, end=end
        )

    def iter(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[StemAllOccupation, StemAllOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return AsyncPager(
            _online_list_all_stem_occupations,
            self._client,
            page_size,
            max_items,
            {"job_family": job_family, "sort": sort},
            concurrency,
        )
