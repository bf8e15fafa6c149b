"""List jobs (v1, legacy).

`jobs.list_v1` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.job_posting import JobPosting
    from ...models.job_search_response import JobSearchResponse
    from ...types import UNSET, Unset


class ListV1(Operation):
    """List jobs (v1, legacy).

    `GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}"

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
        source: str | Unset = UNSET,
        show_filters: bool | Unset = UNSET,
        company_name: str | Unset = UNSET,
    ) -> JobSearchResponse:
        """List jobs (v1, legacy).

        `GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

        Uncertain: accounts registered after 2024-08-27 reportedly get 401 here and must use v2. The meaning
        of the Fc flag is unknown. That showFilters defaults to true is inferred from one recorded body,
        which newjersey/dol-mcnj-main published as test data (commit b71613b1, 2020-09-18) for its call to
        the shorter form `/v1/jobsearch/{userId}/{soc}.00/NJ/1000/0`: it had Jobcount, JobsKeywordLocations
        (Keyword echoed empty for an O*NET-code keyword), Locations and Companies, and no Jobs. That request
        is not this route, so no fixture replays the body here and the response shape rests on client code.

        Searches National Labor Exchange postings by keyword or O*NET code near a location. With
        showFilters, the response also carries location and employer facets.

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
            source: Job source. Send `NLX` (upper case); that form was measured to match the website's
                results. `NLx` has also been seen in client code.
            show_filters: Include the Locations and Companies facet lists. A recorded v1 body sent without
                this flag still had them.
            company_name: Filter by employer name. The name is taken from the doc sample code.

        Returns:
            JobSearchResponse: the parsed success response

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
        from ...api.jobs import list_jobs_v1 as _jobs_list_jobs_v1
        from ...models.job_search_response import JobSearchResponse

        response = _jobs_list_jobs_v1.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            source=source,
            show_filters=show_filters,
            company_name=company_name,
            user_id="{userId}",
        )
        return self._expect(response, JobSearchResponse)

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
        source: str | Unset = UNSET,
        show_filters: bool | Unset = UNSET,
        company_name: str | Unset = UNSET,
    ) -> Response[ErrorMessage | JobSearchResponse]:
        """`GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

        return _jobs_list_jobs_v1.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            source=source,
            show_filters=show_filters,
            company_name=company_name,
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
        source: str | Unset = UNSET,
        show_filters: bool | Unset = UNSET,
        company_name: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[JobPosting, JobSearchResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

        return Pager(
            _jobs_list_jobs_v1,
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
                "source": source,
                "show_filters": show_filters,
                "company_name": company_name,
            },
        )


class AsyncListV1(AsyncOperation):
    """List jobs (v1, legacy).

    `GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}"

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
        source: str | Unset = UNSET,
        show_filters: bool | Unset = UNSET,
        company_name: str | Unset = UNSET,
    ) -> JobSearchResponse:
        """List jobs (v1, legacy).

        `GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` (confidence: documented).

        Uncertain: accounts registered after 2024-08-27 reportedly get 401 here and must use v2. The meaning
        of the Fc flag is unknown. That showFilters defaults to true is inferred from one recorded body,
        which newjersey/dol-mcnj-main published as test data (commit b71613b1, 2020-09-18) for its call to
        the shorter form `/v1/jobsearch/{userId}/{soc}.00/NJ/1000/0`: it had Jobcount, JobsKeywordLocations
        (Keyword echoed empty for an O*NET-code keyword), Locations and Companies, and no Jobs. That request
        is not this route, so no fixture replays the body here and the response shape rests on client code.

        Searches National Labor Exchange postings by keyword or O*NET code near a location. With
        showFilters, the response also carries location and employer facets.

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
            source: Job source. Send `NLX` (upper case); that form was measured to match the website's
                results. `NLx` has also been seen in client code.
            show_filters: Include the Locations and Companies facet lists. A recorded v1 body sent without
                this flag still had them.
            company_name: Filter by employer name. The name is taken from the doc sample code.

        Returns:
            JobSearchResponse: the parsed success response

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
        from ...api.jobs import list_jobs_v1 as _jobs_list_jobs_v1
        from ...models.job_search_response import JobSearchResponse

        response = await _jobs_list_jobs_v1.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            source=source,
            show_filters=show_filters,
            company_name=company_name,
            user_id="{userId}",
        )
        return self._expect(response, JobSearchResponse)

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
        source: str | Unset = UNSET,
        show_filters: bool | Unset = UNSET,
        company_name: str | Unset = UNSET,
    ) -> Response[ErrorMessage | JobSearchResponse]:
        """`GET /v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}` returning status, headers and body whatever the status."""
        from ...api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

        return await _jobs_list_jobs_v1.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            source=source,
            show_filters=show_filters,
            company_name=company_name,
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
        source: str | Unset = UNSET,
        show_filters: bool | Unset = UNSET,
        company_name: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[JobPosting, JobSearchResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

        return AsyncPager(
            _jobs_list_jobs_v1,
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
                "source": source,
                "show_filters": show_filters,
                "company_name": company_name,
            },
            concurrency,
        )
