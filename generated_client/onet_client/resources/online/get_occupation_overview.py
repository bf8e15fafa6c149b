"""Occupation overview.

`online.get_occupation_overview` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.occupation_overview import OccupationOverview


class GetOccupationOverview(Operation):
    """Occupation overview.

    `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/"

    def __call__(self, code: str) -> OccupationOverview:
        """Occupation overview.

        `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_occupation_overview__public_*): every body had code, title,
        tags, description, updated, summary_contents, details_contents and custom_contents.
        sample_of_reported_titles was absent for 41-3091.00, also_see appeared only for 11-3031.00, and
        bright_outlook (a list of categories) only where tags.bright_outlook is true; tags is an empty
        object otherwise. The contents lists name only the sections an occupation has (41-3091.00 links 10,
        without work activities, work context, skills, knowledge, education or abilities). Hot Technologies
        is linked at /hot_technology and In Demand Skills at /in_demand.

        Returns the headline record of one occupation: code, title, description and flags, optional lists of
        reported job titles, related occupations and Bright Outlook categories, update provenance, and link
        lists to every summary, details and custom report section available for it. Every client seen calls
        it with the trailing slash.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            OccupationOverview: the parsed success response

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
        from ...api.online import get_occupation_overview as _online_get_occupation_overview
        from ...models.occupation_overview import OccupationOverview

        response = _online_get_occupation_overview.sync_detailed(client=self._client, code=code)
        return self._expect(response, OccupationOverview)

    def raw(self, code: str) -> Response[Error | OccupationOverview | str]:
        """`GET /online/occupations/{code}/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import get_occupation_overview as _online_get_occupation_overview

        return _online_get_occupation_overview.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetOccupationOverview(AsyncOperation):
    """Occupation overview.

    `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/"

    async def __call__(self, code: str) -> OccupationOverview:
        """Occupation overview.

        `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_occupation_overview__public_*): every body had code, title,
        tags, description, updated, summary_contents, details_contents and custom_contents.
        sample_of_reported_titles was absent for 41-3091.00, also_see appeared only for 11-3031.00, and
        bright_outlook (a list of categories) only where tags.bright_outlook is true; tags is an empty
        object otherwise. The contents lists name only the sections an occupation has (41-3091.00 links 10,
        without work activities, work context, skills, knowledge, education or abilities). Hot Technologies
        is linked at /hot_technology and In Demand Skills at /in_demand.

        Returns the headline record of one occupation: code, title, description and flags, optional lists of
        reported job titles, related occupations and Bright Outlook categories, update provenance, and link
        lists to every summary, details and custom report section available for it. Every client seen calls
        it with the trailing slash.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            OccupationOverview: the parsed success response

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
        from ...api.online import get_occupation_overview as _online_get_occupation_overview
        from ...models.occupation_overview import OccupationOverview

        response = await _online_get_occupation_overview.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, OccupationOverview)

    async def raw(self, code: str) -> Response[Error | OccupationOverview | str]:
        """`GET /online/occupations/{code}/` returning status, headers and body whatever the status."""
        from ...api.online import get_occupation_overview as _online_get_occupation_overview

        return await _online_get_occupation_overview.asyncio_detailed(client=self._raw_client(), code=code)
