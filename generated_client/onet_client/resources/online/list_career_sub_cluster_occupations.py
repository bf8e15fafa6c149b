"""(Unverified path) Occupations in a sub-cluster.

`online.list_career_sub_cluster_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_cluster_occupation import CareerClusterOccupation
    from ...models.career_cluster_occupation_list import CareerClusterOccupationList
    from ...models.error import Error
    from ...types import UNSET, Unset


class ListCareerSubClusterOccupations(Operation):
    """(Unverified path) Occupations in a sub-cluster.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/career_clusters/sub_clusters/{sub_cluster_code},
    /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
    real body or documentation shows them; optional in the model, a missing one is logged as drift and
    raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
    `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
    `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/{cluster_code}/{sub_cluster_code}"

    def __call__(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerClusterOccupationList:
        """(Unverified path) Occupations in a sub-cluster.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/career_clusters/sub_clusters/{sub_cluster_code},
        /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
        real body or documentation shows them; optional in the model, a missing one is logged as drift and
        raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
        `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
        `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

        Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
        /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
        filter on the cluster listing; the body is assumed equal to the cluster listing.

        Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

        Args:
            cluster_code: Six-digit Career Cluster code. Constraints: pattern ^\\d{6}$.
            sub_cluster_code: Six-digit sub-cluster code. Constraints: pattern ^\\d{6}$.
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ...api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations
        from ...models.career_cluster_occupation_list import CareerClusterOccupationList

        response = _online_list_career_sub_cluster_occupations.sync_detailed(
            client=self._client,
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )
        return self._expect(response, CareerClusterOccupationList)

    def raw(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return _online_list_career_sub_cluster_occupations.sync_detailed(
            client=self._raw_client(),
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )

    def iter(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return Pager(
            _online_list_career_sub_cluster_occupations,
            self._client,
            page_size,
            max_items,
            {"cluster_code": cluster_code, "sub_cluster_code": sub_cluster_code, "sort": sort},
        )


class AsyncListCareerSubClusterOccupations(AsyncOperation):
    """(Unverified path) Occupations in a sub-cluster.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/career_clusters/sub_clusters/{sub_cluster_code},
    /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
    real body or documentation shows them; optional in the model, a missing one is logged as drift and
    raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
    `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
    `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/{cluster_code}/{sub_cluster_code}"

    async def __call__(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerClusterOccupationList:
        """(Unverified path) Occupations in a sub-cluster.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/career_clusters/sub_clusters/{sub_cluster_code},
        /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
        real body or documentation shows them; optional in the model, a missing one is logged as drift and
        raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
        `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
        `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

        Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
        /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
        filter on the cluster listing; the body is assumed equal to the cluster listing.

        Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

        Args:
            cluster_code: Six-digit Career Cluster code. Constraints: pattern ^\\d{6}$.
            sub_cluster_code: Six-digit sub-cluster code. Constraints: pattern ^\\d{6}$.
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ...api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations
        from ...models.career_cluster_occupation_list import CareerClusterOccupationList

        response = await _online_list_career_sub_cluster_occupations.asyncio_detailed(
            client=self._client,
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )
        return self._expect(response, CareerClusterOccupationList)

    async def raw(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` returning status, headers and body whatever the status."""
        from ...api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return await _online_list_career_sub_cluster_occupations.asyncio_detailed(
            client=self._raw_client(),
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )

    def iter(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return AsyncPager(
            _online_list_career_sub_cluster_occupations,
            self._client,
            page_size,
            max_items,
            {"cluster_code": cluster_code, "sub_cluster_code": sub_cluster_code, "sort": sort},
            concurrency,
        )
