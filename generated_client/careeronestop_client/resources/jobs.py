"""National Labor Exchange job postings.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.error_message import ErrorMessage
    from ..models.job_detail import JobDetail
    from ..models.job_detail_v1 import JobDetailV1
    from ..models.job_posting import JobPosting
    from ..models.job_posting_v2 import JobPostingV2
    from ..models.job_search_response import JobSearchResponse
    from ..models.job_search_v2_response import JobSearchV2Response
    from ..types import UNSET, Unset


class GetByIdV1(Operation):
    """Get job posting by id (v1, legacy).

    `GET /v1/jobsearch/{userId}/{JvId}` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/jobsearch/{userId}/{JvId}"

    def __call__(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> JobDetailV1:
        """Get job posting by id (v1, legacy).

        `GET /v1/jobsearch/{userId}/{JvId}` (confidence: observed-in-real-response).

        Uncertain: accounts registered after 2024-08-27 reportedly get 401 on v1 job routes. Whether
        isHtml=false returns plain text has not been measured.

        Returns the full posting for a JvId taken from a job search row. A recorded live body carried
        JobTitle, URL, Company, Location, DatePosted, Description and OnetCodes, plus MetaData when
        enableMetaData was true. OnetCodes is `["99-9999.99"]` for a posting that has not been classified.

        Args:
            jv_id: Posting id (`Jobs[].JvId` of a job search row). The doc sample code calls it searchId.
            is_html: Return the description as HTML rather than plain text. A recorded v1 call sent `true`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDetailV1: the parsed success response

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
        from ..api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1
        from ..models.job_detail_v1 import JobDetailV1

        response = _jobs_get_job_by_id_v1.sync_detailed(
            client=self._client, jv_id=jv_id, is_html=is_html, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, JobDetailV1)

    def raw(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDetailV1]:
        """`GET /v1/jobsearch/{userId}/{JvId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1

        return _jobs_get_job_by_id_v1.sync_detailed(
            client=self._raw_client(),
            jv_id=jv_id,
            is_html=is_html,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetByIdV1(AsyncOperation):
    """Get job posting by id (v1, legacy).

    `GET /v1/jobsearch/{userId}/{JvId}` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/jobsearch/{userId}/{JvId}"

    async def __call__(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> JobDetailV1:
        """Get job posting by id (v1, legacy).

        `GET /v1/jobsearch/{userId}/{JvId}` (confidence: observed-in-real-response).

        Uncertain: accounts registered after 2024-08-27 reportedly get 401 on v1 job routes. Whether
        isHtml=false returns plain text has not been measured.

        Returns the full posting for a JvId taken from a job search row. A recorded live body carried
        JobTitle, URL, Company, Location, DatePosted, Description and OnetCodes, plus MetaData when
        enableMetaData was true. OnetCodes is `["99-9999.99"]` for a posting that has not been classified.

        Args:
            jv_id: Posting id (`Jobs[].JvId` of a job search row). The doc sample code calls it searchId.
            is_html: Return the description as HTML rather than plain text. A recorded v1 call sent `true`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDetailV1: the parsed success response

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
        from ..api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1
        from ..models.job_detail_v1 import JobDetailV1

        response = await _jobs_get_job_by_id_v1.asyncio_detailed(
            client=self._client, jv_id=jv_id, is_html=is_html, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, JobDetailV1)

    async def raw(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDetailV1]:
        """`GET /v1/jobsearch/{userId}/{JvId}` returning status, headers and body whatever the status."""
        from ..api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1

        return await _jobs_get_job_by_id_v1.asyncio_detailed(
            client=self._raw_client(),
            jv_id=jv_id,
            is_html=is_html,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class GetByIdV2(Operation):
    """Get job posting by id (v2).

    `GET /v2/jobsearch/{userId}/{JvId}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v2/jobsearch/{userId}/{JvId}"

    def __call__(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> JobDetail:
        """Get job posting by id (v2).

        `GET /v2/jobsearch/{userId}/{JvId}` (confidence: documented).

        Uncertain: no v2 body has been recorded. The fields are those of a recorded v1 body (see
        get_job_by_id_v1) and are assumed to be the same here, so none is marked required. The isHtml and
        enableMetaData flags are guesses for v2.

        Returns the full posting for a JvId taken from a job search row.

        Args:
            jv_id: Posting id (`Jobs[].JvId` of a job search row). The doc sample code calls it searchId.
            is_html: Return the description as HTML rather than plain text. A recorded v1 call sent `true`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDetail: the parsed success response

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
        from ..api.jobs import get_job_by_id_v2 as _jobs_get_job_by_id_v2
        from ..models.job_detail import JobDetail

        response = _jobs_get_job_by_id_v2.sync_detailed(
            client=self._client, jv_id=jv_id, is_html=is_html, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, JobDetail)

    def raw(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDetail]:
        """`GET /v2/jobsearch/{userId}/{JvId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.jobs import get_job_by_id_v2 as _jobs_get_job_by_id_v2

        return _jobs_get_job_by_id_v2.sync_detailed(
            client=self._raw_client(),
            jv_id=jv_id,
            is_html=is_html,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetByIdV2(AsyncOperation):
    """Get job posting by id (v2).

    `GET /v2/jobsearch/{userId}/{JvId}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v2/jobsearch/{userId}/{JvId}"

    async def __call__(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> JobDetail:
        """Get job posting by id (v2).

        `GET /v2/jobsearch/{userId}/{JvId}` (confidence: documented).

        Uncertain: no v2 body has been recorded. The fields are those of a recorded v1 body (see
        get_job_by_id_v1) and are assumed to be the same here, so none is marked required. The isHtml and
        enableMetaData flags are guesses for v2.

        Returns the full posting for a JvId taken from a job search row.

        Args:
            jv_id: Posting id (`Jobs[].JvId` of a job search row). The doc sample code calls it searchId.
            is_html: Return the description as HTML rather than plain text. A recorded v1 call sent `true`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDetail: the parsed success response

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
        from ..api.jobs import get_job_by_id_v2 as _jobs_get_job_by_id_v2
        from ..models.job_detail import JobDetail

        response = await _jobs_get_job_by_id_v2.asyncio_detailed(
            client=self._client, jv_id=jv_id, is_html=is_html, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, JobDetail)

    async def raw(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDetail]:
        """`GET /v2/jobsearch/{userId}/{JvId}` returning status, headers and body whatever the status."""
        from ..api.jobs import get_job_by_id_v2 as _jobs_get_job_by_id_v2

        return await _jobs_get_job_by_id_v2.asyncio_detailed(
            client=self._raw_client(),
            jv_id=jv_id,
            is_html=is_html,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


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
        from ..api.jobs import list_jobs_v1 as _jobs_list_jobs_v1
        from ..models.job_search_response import JobSearchResponse

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
        from ..api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

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
        from ..api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

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
        from ..api.jobs import list_jobs_v1 as _jobs_list_jobs_v1
        from ..models.job_search_response import JobSearchResponse

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
        from ..api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

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
    ) -> AsyncPager[JobPosting, JobSearchResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.jobs import list_jobs_v1 as _jobs_list_jobs_v1

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
        )


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
        from ..api.jobs import list_jobs_v2 as _jobs_list_jobs_v2
        from ..models.job_search_v2_response import JobSearchV2Response

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
        from ..api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

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
        from ..api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

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
        from ..api.jobs import list_jobs_v2 as _jobs_list_jobs_v2
        from ..models.job_search_v2_response import JobSearchV2Response

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
        from ..api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

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
    ) -> AsyncPager[JobPostingV2, JobSearchV2Response]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.jobs import list_jobs_v2 as _jobs_list_jobs_v2

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
        )


class JobsResource(Resource):
    """National Labor Exchange job postings."""

    __slots__ = ()

    @property
    def get_by_id_v1(self) -> GetByIdV1:
        """Get job posting by id (v1, legacy)."""
        return GetByIdV1(self._client)

    @property
    def get_by_id_v2(self) -> GetByIdV2:
        """Get job posting by id (v2)."""
        return GetByIdV2(self._client)

    @property
    def list_v1(self) -> ListV1:
        """List jobs (v1, legacy)."""
        return ListV1(self._client)

    @property
    def list_v2(self) -> ListV2:
        """List jobs (v2)."""
        return ListV2(self._client)


class AsyncJobsResource(Resource):
    """National Labor Exchange job postings. (async)"""

    __slots__ = ()

    @property
    def get_by_id_v1(self) -> AsyncGetByIdV1:
        """Get job posting by id (v1, legacy)."""
        return AsyncGetByIdV1(self._client)

    @property
    def get_by_id_v2(self) -> AsyncGetByIdV2:
        """Get job posting by id (v2)."""
        return AsyncGetByIdV2(self._client)

    @property
    def list_v1(self) -> AsyncListV1:
        """List jobs (v1, legacy)."""
        return AsyncListV1(self._client)

    @property
    def list_v2(self) -> AsyncListV2:
        """List jobs (v2)."""
        return AsyncListV2(self._client)
