"""(Unverified path) In the military.

`veterans.get_career_in_the_military` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.military_match import MilitaryMatch


class GetCareerInTheMilitary(Operation):
    """(Unverified path) In the military.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
    `[*].external_info[*].href`, `[*].external_info[*].title`.

    `GET /veterans/careers/{code}/military` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/military"

    def __call__(self, code: str) -> list[MilitaryMatch]:
        """(Unverified path) In the military.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
        `[*].external_info[*].href`, `[*].external_info[*].title`.

        `GET /veterans/careers/{code}/military` (confidence: guess).

        Unverified path and body: no v1.9 or v2 source shows this section; /veterans/careers/{code}/military
        is the suggested guess and /veterans/careers/{code}/in_the_military (snake-cased section title, like
        check_out_my_state) is the alternative.

        The military form is used as the only candidate previously suggested; the body is assumed to reuse
        the military search item shape. Returns military jobs related to the civilian career (the report
        section shown only to veterans). (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[MilitaryMatch]: the parsed success response

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
        from ...api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        response = _veterans_get_veterans_career_in_the_military.sync_detailed(client=self._client, code=code)
        return cast("list[MilitaryMatch]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[MilitaryMatch] | str]:
        """`GET /veterans/careers/{code}/military` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        return _veterans_get_veterans_career_in_the_military.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerInTheMilitary(AsyncOperation):
    """(Unverified path) In the military.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
    `[*].external_info[*].href`, `[*].external_info[*].title`.

    `GET /veterans/careers/{code}/military` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/military"

    async def __call__(self, code: str) -> list[MilitaryMatch]:
        """(Unverified path) In the military.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
        `[*].external_info[*].href`, `[*].external_info[*].title`.

        `GET /veterans/careers/{code}/military` (confidence: guess).

        Unverified path and body: no v1.9 or v2 source shows this section; /veterans/careers/{code}/military
        is the suggested guess and /veterans/careers/{code}/in_the_military (snake-cased section title, like
        check_out_my_state) is the alternative.

        The military form is used as the only candidate previously suggested; the body is assumed to reuse
        the military search item shape. Returns military jobs related to the civilian career (the report
        section shown only to veterans). (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[MilitaryMatch]: the parsed success response

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
        from ...api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        response = await _veterans_get_veterans_career_in_the_military.asyncio_detailed(client=self._client, code=code)
        return cast("list[MilitaryMatch]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[MilitaryMatch] | str]:
        """`GET /veterans/careers/{code}/military` returning status, headers and body whatever the status."""
        from ...api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        return await _veterans_get_veterans_career_in_the_military.asyncio_detailed(
            client=self._raw_client(), code=code
        )
