"""List jobs (v2).

`jobs.list_v2` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.job_posting_v2 import JobPostingV2
    from ...models.job_search_v2_response import JobSearchV2Response
    from ...types import UNSET, Unset


class ListV2(Operation):
    """List jobs (v2).

    `GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}"

    def __call__(
        self,
        keyword: str,
        location: str,
        radius: int,
        sort_columns: str,
        sort_order: str,
        start_record: int,
        page_size: int,
        days: int,
        *,
        show_filters: bool | Unset = UNSET,
        enable_job_description_snippet: bool | Unset = False,
        company_name: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> JobSearchV2Response:
        """List jobs (v2).

        `GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

        Uncertain: the facet lists and the echo block are assumed to be the same as in v1. OnetCodes on rows
        appears only in a synthetic fixture. Some clients also accept an `AcquisitionDate` spelling, which
        has not been observed.

        The current job search: the same positional path as v1, plus flags for facets, description snippets
        and metadata.

        Args:
            keyword: Keyword, O*NET code or SOC code. `0` has been seen for "any".
            location: ZIP, `City, ST`, state, or `US`. Use radius `0` with `US` for a nationwide search.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            sort_columns: `0` relevance, or `accquisitiondate` (the API's own misspelling; `acquisitiondate`
                is also seen with v2). Other keys are undocumented here.
            sort_order: `0`, `asc`, or `desc` (the upper-case forms are also seen).
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            page_size: Rows per page. Values from 10 to 500 have been seen. Constraints: min 1.
            days: Only postings from the last N days. `0` means any age. Constraints: min 0.
            show_filters: Include the Locations and Companies facet lists. A recorded v1 body sent without
                this flag still had them.
            enable_job_description_snippet: Add a short DescriptionSnippet to each posting. Documented
                default is false. Default: False.
            company_name: Filter by employer name. The name is taken from the doc sample code.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobSearchV2Response: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.jobs import list_jobs_v2 as _jobs_list_jobs_v2
        from ...models.job_search_v2_response import JobSearchV2Response

        response = _jobs_list_jobs_v2.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            show_filters=show_filters,
            enable_job_description_snippet=enable_job_description_snippet,
            company_name=company_name,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, JobSearchV2Response)

    def raw(
        self,
        keyword: str,
        location: str,
        radius: int,
        sort_columns: str,
        sort_order: str,
        start_record: int,
        page_size: int,
        days: int,
        *,
        show_filters: bool | Unset = UNSET,
        enable_job_description_snippet: bool | Unset = False,
        company_name: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | JobSearchV2Response]:
        """`GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

        return _jobs_list_jobs_v2.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            show_filters=show_filters,
            enable_job_description_snippet=enable_job_description_snippet,
            company_name=company_name,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        radius: int,
        sort_columns: str,
        sort_order: str,
        days: int,
        *,
        show_filters: bool | Unset = UNSET,
        enable_job_description_snippet: bool | Unset = False,
        company_name: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[JobPostingV2, JobSearchV2Response]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

        return Pager(
            _jobs_list_jobs_v2,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "radius": radius,
                "sort_columns": sort_columns,
                "sort_order": sort_order,
                "days": days,
                "show_filters": show_filters,
                "enable_job_description_snippet": enable_job_description_snippet,
                "company_name": company_name,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListV2(AsyncOperation):
    """List jobs (v2).

    `GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}"

    async def __call__(
        self,
        keyword: str,
        location: str,
        radius: int,
        sort_columns: str,
        sort_order: str,
        start_record: int,
        page_size: int,
        days: int,
        *,
        show_filters: bool | Unset = UNSET,
        enable_job_description_snippet: bool | Unset = False,
        company_name: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> JobSearchV2Response:
        """List jobs (v2).

        `GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

        Uncertain: the facet lists and the echo block are assumed to be the same as in v1. OnetCodes on rows
        appears only in a synthetic fixture. Some clients also accept an `AcquisitionDate` spelling, which
        has not been observed.

        The current job search: the same positional path as v1, plus flags for facets, description snippets
        and metadata.

        Args:
            keyword: Keyword, O*NET code or SOC code. `0` has been seen for "any".
            location: ZIP, `City, ST`, state, or `US`. Use radius `0` with `US` for a nationwide search.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            sort_columns: `0` relevance, or `accquisitiondate` (the API's own misspelling; `acquisitiondate`
                is also seen with v2). Other keys are undocumented here.
            sort_order: `0`, `asc`, or `desc` (the upper-case forms are also seen).
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            page_size: Rows per page. Values from 10 to 500 have been seen. Constraints: min 1.
            days: Only postings from the last N days. `0` means any age. Constraints: min 0.
            show_filters: Include the Locations and Companies facet lists. A recorded v1 body sent without
                this flag still had them.
            enable_job_description_snippet: Add a short DescriptionSnippet to each posting. Documented
                default is false. Default: False.
            company_name: Filter by employer name. The name is taken from the doc sample code.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobSearchV2Response: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.jobs import list_jobs_v2 as _jobs_list_jobs_v2
        from ...models.job_search_v2_response import JobSearchV2Response

        response = await _jobs_list_jobs_v2.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            show_filters=show_filters,
            enable_job_description_snippet=enable_job_description_snippet,
            company_name=company_name,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, JobSearchV2Response)

    async def raw(
        self,
        keyword: str,
        location: str,
        radius: int,
        sort_columns: str,
        sort_order: str,
        start_record: int,
        page_size: int,
        days: int,
        *,
        show_filters: bool | Unset = UNSET,
        enable_job_description_snippet: bool | Unset = False,
        company_name: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | JobSearchV2Response]:
        """`GET /v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` returning status, headers and body whatever the status."""
        from ...api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

        return await _jobs_list_jobs_v2.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            show_filters=show_filters,
            enable_job_description_snippet=enable_job_description_snippet,
            company_name=company_name,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        radius: int,
        sort_columns: str,
        sort_order: str,
        days: int,
        *,
        show_filters: bool | Unset = UNSET,
        enable_job_description_snippet: bool | Unset = False,
        company_name: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[JobPostingV2, JobSearchV2Response]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

        return AsyncPager(
            _jobs_list_jobs_v2,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "radius": radius,
                "sort_columns": sort_columns,
                "sort_order": sort_order,
                "days": days,
                "show_filters": show_filters,
                "enable_job_description_snippet": enable_job_description_snippet,
                "company_name": company_name,
                "enable_meta_data": enable_meta_data,
            },
            concurrency,
        )
