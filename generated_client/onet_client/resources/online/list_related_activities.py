"""Related activities: activities in occupation.

`online.list_related_activities` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.related_activities_dwa import RelatedActivitiesDwa


class ListRelatedActivities(Operation):
    """Related activities: activities in occupation.

    `GET /online/related_activities/activities/{code}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/activities/{code}"

    def __call__(self, code: str) -> list[RelatedActivitiesDwa]:
        """Related activities: activities in occupation.

        `GET /online/related_activities/activities/{code}` (confidence: documented).

        Paging is unclear: the manual text says 20 results come by default, yet the documented body is a
        bare array and no start/end parameters are listed, so none are declared.

        Step 2 of the Related Activities search: lists the detailed work activities (DWAs) of the chosen
        occupation; the user picks some and passes their ids to step 3.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[RelatedActivitiesDwa]: the parsed success response

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
        from ...api.online import list_related_activities as _online_list_related_activities

        response = _online_list_related_activities.sync_detailed(client=self._client, code=code)
        return cast("list[RelatedActivitiesDwa]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[RelatedActivitiesDwa] | str]:
        """`GET /online/related_activities/activities/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_related_activities as _online_list_related_activities

        return _online_list_related_activities.sync_detailed(client=self._raw_client(), code=code)


class AsyncListRelatedActivities(AsyncOperation):
    """Related activities: activities in occupation.

    `GET /online/related_activities/activities/{code}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/activities/{code}"

    async def __call__(self, code: str) -> list[RelatedActivitiesDwa]:
        """Related activities: activities in occupation.

        `GET /online/related_activities/activities/{code}` (confidence: documented).

        Paging is unclear: the manual text says 20 results come by default, yet the documented body is a
        bare array and no start/end parameters are listed, so none are declared.

        Step 2 of the Related Activities search: lists the detailed work activities (DWAs) of the chosen
        occupation; the user picks some and passes their ids to step 3.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[RelatedActivitiesDwa]: the parsed success response

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
        from ...api.online import list_related_activities as _online_list_related_activities

        response = await _online_list_related_activities.asyncio_detailed(client=self._client, code=code)
        return cast("list[RelatedActivitiesDwa]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[RelatedActivitiesDwa] | str]:
        """`GET /online/related_activities/activities/{code}` returning status, headers and body whatever the status."""
        from ...api.online import list_related_activities as _online_list_related_activities

        return await _online_list_related_activities.asyncio_detailed(client=self._raw_client(), code=code)
