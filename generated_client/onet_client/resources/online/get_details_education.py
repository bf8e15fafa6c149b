"""Education (details report).

`online.get_details_education` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_details_education import ReportDetailsEducation


class GetDetailsEducation(Operation):
    """Education (details report).

    `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/education"

    def __call__(self, code: str) -> ReportDetailsEducation:
        """Education (details report).

        `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_education__public_*): three levels per occupation,
        each with code, title and percentage_of_respondents; description was present on some levels only.

        Returns every education level with the share of respondents reporting it. The captured body has no
        start/end/total, so it is not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportDetailsEducation: the parsed success response

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
        from ...api.online import get_details_education as _online_get_details_education
        from ...models.report_details_education import ReportDetailsEducation

        response = _online_get_details_education.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportDetailsEducation)

    def raw(self, code: str) -> Response[Error | ReportDetailsEducation | str]:
        """`GET /online/occupations/{code}/details/education` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_details_education as _online_get_details_education

        return _online_get_details_education.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetDetailsEducation(AsyncOperation):
    """Education (details report).

    `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/education"

    async def __call__(self, code: str) -> ReportDetailsEducation:
        """Education (details report).

        `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_education__public_*): three levels per occupation,
        each with code, title and percentage_of_respondents; description was present on some levels only.

        Returns every education level with the share of respondents reporting it. The captured body has no
        start/end/total, so it is not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportDetailsEducation: the parsed success response

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
        from ...api.online import get_details_education as _online_get_details_education
        from ...models.report_details_education import ReportDetailsEducation

        response = await _online_get_details_education.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportDetailsEducation)

    async def raw(self, code: str) -> Response[Error | ReportDetailsEducation | str]:
        """`GET /online/occupations/{code}/details/education` returning status, headers and body whatever the status."""
        from ...api.online import get_details_education as _online_get_details_education

        return await _online_get_details_education.asyncio_detailed(client=self._raw_client(), code=code)
