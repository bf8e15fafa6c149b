"""Work Values (details report).

`online.get_details_work_values` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.report_details_work_values import ReportDetailsWorkValues
    from ...types import UNSET, Unset


class GetDetailsWorkValues(Operation):
    """Work Values (details report).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

    `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_values"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkValues:
        """Work Values (details report).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
        `element[*].description`.

        `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

        The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
        shape is carried over from v1.9 and the v2 name of its rating field is unknown.

        Would list the occupation's work values with an extent rating. Marked deprecated here: expect 404
        and do not rely on it.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkValues: the parsed success response

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
        from ...api.online import get_details_work_values as _online_get_details_work_values
        from ...models.report_details_work_values import ReportDetailsWorkValues

        response = _online_get_details_work_values.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsWorkValues)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkValues | str]:
        """`GET /online/occupations/{code}/details/work_values` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_details_work_values as _online_get_details_work_values

        return _online_get_details_work_values.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)


class AsyncGetDetailsWorkValues(AsyncOperation):
    """Work Values (details report).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

    `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_values"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkValues:
        """Work Values (details report).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
        `element[*].description`.

        `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

        The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
        shape is carried over from v1.9 and the v2 name of its rating field is unknown.

        Would list the occupation's work values with an extent rating. Marked deprecated here: expect 404
        and do not rely on it.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkValues: the parsed success response

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
        from ...api.online import get_details_work_values as _online_get_details_work_values
        from ...models.report_details_work_values import ReportDetailsWorkValues

        response = await _online_get_details_work_values.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkValues)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkValues | str]:
        """`GET /online/occupations/{code}/details/work_values` returning status, headers and body whatever the status."""
        from ...api.online import get_details_work_values as _online_get_details_work_values

        return await _online_get_details_work_values.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )
