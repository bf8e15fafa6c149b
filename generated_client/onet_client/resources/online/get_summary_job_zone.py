"""Job Zone (summary report).

`online.get_summary_job_zone` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_job_zone import ReportJobZone


class GetSummaryJobZone(Operation):
    """Job Zone (summary report).

    `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/job_zone"

    def __call__(self, code: str) -> ReportJobZone:
        """Job Zone (summary report).

        `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page (a details-
        report body with the same fields was captured live); start/end are ignored.

        Returns the occupation's Job Zone: the zone number and title with typical education, related
        experience, on-the-job training, example occupations and SVP range. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportJobZone: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        from ...api.online import get_summary_job_zone as _online_get_summary_job_zone
        from ...models.report_job_zone import ReportJobZone

        response = _online_get_summary_job_zone.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportJobZone)

    def raw(self, code: str) -> Response[Error | ReportJobZone | str]:
        """`GET /online/occupations/{code}/summary/job_zone` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_summary_job_zone as _online_get_summary_job_zone

        return _online_get_summary_job_zone.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetSummaryJobZone(AsyncOperation):
    """Job Zone (summary report).

    `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/job_zone"

    async def __call__(self, code: str) -> ReportJobZone:
        """Job Zone (summary report).

        `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page (a details-
        report body with the same fields was captured live); start/end are ignored.

        Returns the occupation's Job Zone: the zone number and title with typical education, related
        experience, on-the-job training, example occupations and SVP range. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportJobZone: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
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
        from ...api.online import get_summary_job_zone as _online_get_summary_job_zone
        from ...models.report_job_zone import ReportJobZone

        response = await _online_get_summary_job_zone.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportJobZone)

    async def raw(self, code: str) -> Response[Error | ReportJobZone | str]:
        """`GET /online/occupations/{code}/summary/job_zone` returning status, headers and body whatever the status."""
        from ...api.online import get_summary_job_zone as _online_get_summary_job_zone

        return await _online_get_summary_job_zone.asyncio_detailed(client=self._raw_client(), code=code)
