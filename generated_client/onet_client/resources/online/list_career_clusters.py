"""Career Cluster listing.

`online.list_career_clusters` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_cluster import CareerCluster
    from ...models.error import Error


class ListCareerClusters(Operation):
    """Career Cluster listing.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
    `[*].sub_cluster[*].title`.

    `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/"

    def __call__(self) -> list[CareerCluster]:
        """Career Cluster listing.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
        `[*].sub_cluster[*].title`.

        `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

        The path is v1.9's (also in one generated v2 client); the v2 body is assumed to be a bare array like
        other v2 listings, and the nested sub_cluster list is a guess.

        Lists the Career Clusters, groups of occupations in one field of work needing similar skills. Each
        entry links to its occupation listing. Cluster codes are six digits (e.g. 010100 Advanced
        Manufacturing).

        Returns:
            list[CareerCluster]: the parsed success response

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
        from ...api.online import list_career_clusters as _online_list_career_clusters

        response = _online_list_career_clusters.sync_detailed(client=self._client)
        return cast("list[CareerCluster]", response.parsed)

    def raw(self) -> Response[Error | list[CareerCluster] | str]:
        """`GET /online/career_clusters/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_career_clusters as _online_list_career_clusters

        return _online_list_career_clusters.sync_detailed(client=self._raw_client())


class AsyncListCareerClusters(AsyncOperation):
    """Career Cluster listing.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
    `[*].sub_cluster[*].title`.

    `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/"

    async def __call__(self) -> list[CareerCluster]:
        """Career Cluster listing.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
        `[*].sub_cluster[*].title`.

        `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

        The path is v1.9's (also in one generated v2 client); the v2 body is assumed to be a bare array like
        other v2 listings, and the nested sub_cluster list is a guess.

        Lists the Career Clusters, groups of occupations in one field of work needing similar skills. Each
        entry links to its occupation listing. Cluster codes are six digits (e.g. 010100 Advanced
        Manufacturing).

        Returns:
            list[CareerCluster]: the parsed success response

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
        from ...api.online import list_career_clusters as _online_list_career_clusters

        response = await _online_list_career_clusters.asyncio_detailed(client=self._client)
        return cast("list[CareerCluster]", response.parsed)

    async def raw(self) -> Response[Error | list[CareerCluster] | str]:
        """`GET /online/career_clusters/` returning status, headers and body whatever the status."""
        from ...api.online import list_career_clusters as _online_list_career_clusters

        return await _online_list_career_clusters.asyncio_detailed(client=self._raw_client())
