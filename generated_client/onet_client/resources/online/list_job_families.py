"""(Unverified path) Browse by Job Family / Job Zone / Industry.

`online.list_job_families` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.job_family_list_item import JobFamilyListItem


class ListJobFamilies(Operation):
    """(Unverified path) Browse by Job Family / Job Zone / Industry.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

    `GET /online/job_families/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_families/"

    def __call__(self) -> list[JobFamilyListItem]:
        """(Unverified path) Browse by Job Family / Job Zone / Industry.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
        /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].code`, `[*].title`.

        `GET /online/job_families/` (confidence: guess).

        Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
        candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
        /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
        the Job Family listing is modelled.

        Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
        the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
        and item property on STEM lists.

        Returns:
            list[JobFamilyListItem]: the parsed success response

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
        from ...api.online import list_job_families as _online_list_job_families

        response = _online_list_job_families.sync_detailed(client=self._client)
        return cast("list[JobFamilyListItem]", response.parsed)

    def raw(self) -> Response[Error | list[JobFamilyListItem] | str]:
        """`GET /online/job_families/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_job_families as _online_list_job_families

        return _online_list_job_families.sync_detailed(client=self._raw_client())


class AsyncListJobFamilies(AsyncOperation):
    """(Unverified path) Browse by Job Family / Job Zone / Industry.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

    `GET /online/job_families/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_families/"

    async def __call__(self) -> list[JobFamilyListItem]:
        """(Unverified path) Browse by Job Family / Job Zone / Industry.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
        /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].code`, `[*].title`.

        `GET /online/job_families/` (confidence: guess).

        Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
        candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
        /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
        the Job Family listing is modelled.

        Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
        the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
        and item property on STEM lists.

        Returns:
            list[JobFamilyListItem]: the parsed success response

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
        from ...api.online import list_job_families as _online_list_job_families

        response = await _online_list_job_families.asyncio_detailed(client=self._client)
        return cast("list[JobFamilyListItem]", response.parsed)

    async def raw(self) -> Response[Error | list[JobFamilyListItem] | str]:
        """`GET /online/job_families/` returning status, headers and body whatever the status."""
        from ...api.online import list_job_families as _online_list_job_families

        return await _online_list_job_families.asyncio_detailed(client=self._raw_client())
