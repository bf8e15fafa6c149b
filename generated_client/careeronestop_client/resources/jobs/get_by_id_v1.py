"""Get job posting by id (v1, legacy).

`jobs.get_by_id_v1` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.job_detail_v1 import JobDetailV1
    from ...types import UNSET, Unset


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
        from ...api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1
        from ...models.job_detail_v1 import JobDetailV1

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
        from ...api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1

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
        from ...api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1
        from ...models.job_detail_v1 import JobDetailV1

        response = await _jobs_get_job_by_id_v1.asyncio_detailed(
            client=self._client, jv_id=jv_id, is_html=is_html, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, JobDetailV1)

    async def raw(
        self, jv_id: str, *, is_html: bool | Unset = UNSET, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDetailV1]:
        """`GET /v1/jobsearch/{userId}/{JvId}` returning status, headers and body whatever the status."""
        from ...api.jobs import get_job_by_id_v1 as _jobs_get_job_by_id_v1

        return await _jobs_get_job_by_id_v1.asyncio_detailed(
            client=self._raw_client(),
            jv_id=jv_id,
            is_html=is_html,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
