"""Soft skills: skill listing.

`online.list_soft_skills` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.soft_skill import SoftSkill


class ListSoftSkills(Operation):
    """Soft skills: skill listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/soft_skills/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/soft_skills/"

    def __call__(self) -> list[SoftSkill]:
        """Soft skills: skill listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/soft_skills/` (confidence: guess).

        Unverified: the path comes from two unverified clients and the response shape (a bare array of {id,
        title}) is a guess; paging unknown.

        Lists the basic and cross-functional skills a user can choose from before asking for matching
        occupations.

        Returns:
            list[SoftSkill]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.online import list_soft_skills as _online_list_soft_skills

        response = _online_list_soft_skills.sync_detailed(client=self._client)
        return cast("list[SoftSkill]", response.parsed)

    def raw(self) -> Response[Error | list[SoftSkill] | str]:
        """`GET /online/soft_skills/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_soft_skills as _online_list_soft_skills

        return _online_list_soft_skills.sync_detailed(client=self._raw_client())


class AsyncListSoftSkills(AsyncOperation):
    """Soft skills: skill listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/soft_skills/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/soft_skills/"

    async def __call__(self) -> list[SoftSkill]:
        """Soft skills: skill listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/soft_skills/` (confidence: guess).

        Unverified: the path comes from two unverified clients and the response shape (a bare array of {id,
        title}) is a guess; paging unknown.

        Lists the basic and cross-functional skills a user can choose from before asking for matching
        occupations.

        Returns:
            list[SoftSkill]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.online import list_soft_skills as _online_list_soft_skills

        response = await _online_list_soft_skills.asyncio_detailed(client=self._client)
        return cast("list[SoftSkill]", response.parsed)

    async def raw(self) -> Response[Error | list[SoftSkill] | str]:
        """`GET /online/soft_skills/` returning status, headers and body whatever the status."""
        from ...api.online import list_soft_skills as _online_list_soft_skills

        return await _online_list_soft_skills.asyncio_detailed(client=self._raw_client())
