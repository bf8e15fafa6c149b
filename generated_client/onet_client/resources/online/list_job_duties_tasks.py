"""(Unverified path) Job duties: tasks in occupation.

`online.list_job_duties_tasks` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.job_duties_task import JobDutiesTask


class ListJobDutiesTasks(Operation):
    """(Unverified path) Job duties: tasks in occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].id`, `[*].title`.

    `GET /online/job_duties/tasks/{code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/tasks/{code}"

    def __call__(self, code: str) -> list[JobDutiesTask]:
        """(Unverified path) Job duties: tasks in occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].id`, `[*].title`.

        `GET /online/job_duties/tasks/{code}` (confidence: guess).

        Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
        client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
        assumes {code, title, task[]} instead); paging unknown.

        Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
        can pick the ones they perform.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[JobDutiesTask]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
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
        from ...api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        response = _online_list_job_duties_tasks.sync_detailed(client=self._client, code=code)
        return cast("list[JobDutiesTask]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[JobDutiesTask] | str]:
        """`GET /online/job_duties/tasks/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        return _online_list_job_duties_tasks.sync_detailed(client=self._raw_client(), code=code)


class AsyncListJobDutiesTasks(AsyncOperation):
    """(Unverified path) Job duties: tasks in occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].id`, `[*].title`.

    `GET /online/job_duties/tasks/{code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/tasks/{code}"

    async def __call__(self, code: str) -> list[JobDutiesTask]:
        """(Unverified path) Job duties: tasks in occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].id`, `[*].title`.

        `GET /online/job_duties/tasks/{code}` (confidence: guess).

        Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
        client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
        assumes {code, title, task[]} instead); paging unknown.

        Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
        can pick the ones they perform.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[JobDutiesTask]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
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
        from ...api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        response = await _online_list_job_duties_tasks.asyncio_detailed(client=self._client, code=code)
        return cast("list[JobDutiesTask]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[JobDutiesTask] | str]:
        """`GET /online/job_duties/tasks/{code}` returning status, headers and body whatever the status."""
        from ...api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        return await _online_list_job_duties_tasks.asyncio_detailed(client=self._raw_client(), code=code)
