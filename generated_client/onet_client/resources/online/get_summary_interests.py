"""Interests (summary report).

`online.get_summary_interests` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_summary_interests import ReportSummaryInterests


class GetSummaryInterests(Operation):
    """Interests (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
    `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/interests"

    def __call__(self, code: str) -> ReportSummaryInterests:
        """Interests (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
        `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; start/end are
        ignored by the service according to that client.

        Returns the occupation's RIASEC interest code and the interest areas behind it. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryInterests: the parsed success response

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
        from ...api.online import get_summary_interests as _online_get_summary_interests
        from ...models.report_summary_interests import ReportSummaryInterests

        response = _online_get_summary_interests.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryInterests)

    def raw(self, code: str) -> Response[Error | ReportSummaryInterests | str]:
        """`GET /online/occupations/{code}/summary/interests` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_summary_interests as _online_get_summary_interests

        return _online_get_summary_interests.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetSummaryInterests(AsyncOperation):
    """Interests (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
    `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/interests"

    async def __call__(self, code: str) -> ReportSummaryInterests:
        """Interests (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
        `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; start/end are
        ignored by the service according to that client.

        Returns the occupation's RIASEC interest code and the interest areas behind it. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryInterests: the parsed success response

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
        from ...api.online import get_summary_interests as _online_get_summary_interests
        from ...models.report_summary_interests import ReportSummaryInterests

        response = await _online_get_summary_interests.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryInterests)

    async def raw(self, code: str) -> Response[Error | ReportSummaryInterests | str]:
        """`GET /online/occupations/{code}/summary/interests` returning status, headers and body whatever the status."""
        from ...api.online import get_summary_interests as _online_get_summary_interests

        return await _online_get_summary_interests.asyncio_detailed(client=self._raw_client(), code=code)
