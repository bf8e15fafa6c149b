"""Education (summary report).

`online.get_summary_education` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_summary_education import ReportSummaryEducation


class GetSummaryEducation(Operation):
    """Education (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
    `response[*].title`.

    `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/education"

    def __call__(self, code: str) -> ReportSummaryEducation:
        """Education (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
        `response[*].title`.

        `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; description and
        percentage_of_respondents are optional in that typing.

        Returns the education levels reported by incumbents of the occupation, most common first where
        given. The body has no paging envelope.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryEducation: the parsed success response

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
        from ...api.online import get_summary_education as _online_get_summary_education
        from ...models.report_summary_education import ReportSummaryEducation

        response = _online_get_summary_education.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryEducation)

    def raw(self, code: str) -> Response[Error | ReportSummaryEducation | str]:
        """`GET /online/occupations/{code}/summary/education` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_summary_education as _online_get_summary_education

        return _online_get_summary_education.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetSummaryEducation(AsyncOperation):
    """Education (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
    `response[*].title`.

    `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/education"

    async def __call__(self, code: str) -> ReportSummaryEducation:
        """Education (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
        `response[*].title`.

        `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; description and
        percentage_of_respondents are optional in that typing.

        Returns the education levels reported by incumbents of the occupation, most common first where
        given. The body has no paging envelope.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryEducation: the parsed success response

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
        from ...api.online import get_summary_education as _online_get_summary_education
        from ...models.report_summary_education import ReportSummaryEducation

        response = await _online_get_summary_education.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryEducation)

    async def raw(self, code: str) -> Response[Error | ReportSummaryEducation | str]:
        """`GET /online/occupations/{code}/summary/education` returning status, headers and body whatever the status."""
        from ...api.online import get_summary_education as _online_get_summary_education

        return await _online_get_summary_education.asyncio_detailed(client=self._raw_client(), code=code)
