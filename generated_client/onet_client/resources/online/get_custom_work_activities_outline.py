"""Work Activities Outline.

`online.get_custom_work_activities_outline` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline


class GetCustomWorkActivitiesOutline(Operation):
    """Work Activities Outline.

    Warning: unverified path (confidence: guess).

    `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/custom/work_activities_outline"

    def __call__(self, code: str) -> ReportCustomWorkActivitiesOutline:
        """Work Activities Outline.

        Warning: unverified path (confidence: guess).

        `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

        Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
        no source shows the body, its query parameters or whether it is paged.

        Returns a custom report arranging the occupation's work activities as an outline that leads down to
        detailed work activities and the task statements filed under them. The schema is a placeholder built
        from a prose description.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportCustomWorkActivitiesOutline: the parsed success response

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
        from ...api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline
        from ...models.report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline

        response = _online_get_custom_work_activities_outline.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportCustomWorkActivitiesOutline)

    def raw(self, code: str) -> Response[Error | ReportCustomWorkActivitiesOutline | str]:
        """`GET /online/occupations/{code}/custom/work_activities_outline` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline

        return _online_get_custom_work_activities_outline.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCustomWorkActivitiesOutline(AsyncOperation):
    """Work Activities Outline.

    Warning: unverified path (confidence: guess).

    `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/custom/work_activities_outline"

    async def __call__(self, code: str) -> ReportCustomWorkActivitiesOutline:
        """Work Activities Outline.

        Warning: unverified path (confidence: guess).

        `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

        Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
        no source shows the body, its query parameters or whether it is paged.

        Returns a custom report arranging the occupation's work activities as an outline that leads down to
        detailed work activities and the task statements filed under them. The schema is a placeholder built
        from a prose description.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportCustomWorkActivitiesOutline: the parsed success response

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
        from ...api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline
        from ...models.report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline

        response = await _online_get_custom_work_activities_outline.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportCustomWorkActivitiesOutline)

    async def raw(self, code: str) -> Response[Error | ReportCustomWorkActivitiesOutline | str]:
        """`GET /online/occupations/{code}/custom/work_activities_outline` returning status, headers and body whatever the status."""
        from ...api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline

        return await _online_get_custom_work_activities_outline.asyncio_detailed(client=self._raw_client(), code=code)
