"""Submit Skills Matcher ratings.

`skills.submit_matcher_ratings` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.skills_matcher_results_response import SkillsMatcherResultsResponse
    from ...models.skills_matcher_submission import SkillsMatcherSubmission
    from ...types import UNSET, Unset


class SubmitMatcherRatings(Operation):
    """Submit Skills Matcher ratings.

    `POST /v1/skillsmatcher/{userId}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "POST /v1/skillsmatcher/{userId}"

    def __call__(
        self,
        *,
        body: SkillsMatcherSubmission,
        sort_column: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        edu_filter_value: str | Unset = UNSET,
    ) -> SkillsMatcherResultsResponse:
        """Submit Skills Matcher ratings.

        `POST /v1/skillsmatcher/{userId}` (confidence: documented).

        Uncertain: the allowed values of sortColumn, sortOrder and eduFilterValue are undocumented here. It
        is not known whether a partial set of ratings is accepted, so send all 40.

        Sends the user's skill ratings and returns matching occupations ranked best first, with outlook,
        annual wage and typical education.

        Args:
            body:
            sort_column: Sort key for the results. Values are undocumented here.
            sort_order: Sort direction: `ASC` or `DESC`, or `0` for the default.
            edu_filter_value: Filter matches by typical education level. Values are undocumented here.

        Returns:
            SkillsMatcherResultsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings
        from ...models.skills_matcher_results_response import SkillsMatcherResultsResponse

        response = _skills_submit_skills_matcher_ratings.sync_detailed(
            client=self._client,
            body=body,
            sort_column=sort_column,
            sort_order=sort_order,
            edu_filter_value=edu_filter_value,
            user_id="{userId}",
        )
        return self._expect(response, SkillsMatcherResultsResponse)

    def raw(
        self,
        *,
        body: SkillsMatcherSubmission,
        sort_column: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        edu_filter_value: str | Unset = UNSET,
    ) -> Response[ErrorMessage | SkillsMatcherResultsResponse]:
        """`POST /v1/skillsmatcher/{userId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings

        return _skills_submit_skills_matcher_ratings.sync_detailed(
            client=self._raw_client(),
            body=body,
            sort_column=sort_column,
            sort_order=sort_order,
            edu_filter_value=edu_filter_value,
            user_id="{userId}",
        )


class AsyncSubmitMatcherRatings(AsyncOperation):
    """Submit Skills Matcher ratings.

    `POST /v1/skillsmatcher/{userId}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "POST /v1/skillsmatcher/{userId}"

    async def __call__(
        self,
        *,
        body: SkillsMatcherSubmission,
        sort_column: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        edu_filter_value: str | Unset = UNSET,
    ) -> SkillsMatcherResultsResponse:
        """Submit Skills Matcher ratings.

        `POST /v1/skillsmatcher/{userId}` (confidence: documented).

        Uncertain: the allowed values of sortColumn, sortOrder and eduFilterValue are undocumented here. It
        is not known whether a partial set of ratings is accepted, so send all 40.

        Sends the user's skill ratings and returns matching occupations ranked best first, with outlook,
        annual wage and typical education.

        Args:
            body:
            sort_column: Sort key for the results. Values are undocumented here.
            sort_order: Sort direction: `ASC` or `DESC`, or `0` for the default.
            edu_filter_value: Filter matches by typical education level. Values are undocumented here.

        Returns:
            SkillsMatcherResultsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings
        from ...models.skills_matcher_results_response import SkillsMatcherResultsResponse

        response = await _skills_submit_skills_matcher_ratings.asyncio_detailed(
            client=self._client,
            body=body,
            sort_column=sort_column,
            sort_order=sort_order,
            edu_filter_value=edu_filter_value,
            user_id="{userId}",
        )
        return self._expect(response, SkillsMatcherResultsResponse)

    async def raw(
        self,
        *,
        body: SkillsMatcherSubmission,
        sort_column: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        edu_filter_value: str | Unset = UNSET,
    ) -> Response[ErrorMessage | SkillsMatcherResultsResponse]:
        """`POST /v1/skillsmatcher/{userId}` returning status, headers and body whatever the status."""
        from ...api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings

        return await _skills_submit_skills_matcher_ratings.asyncio_detailed(
            client=self._raw_client(),
            body=body,
            sort_column=sort_column,
            sort_order=sort_order,
            edu_filter_value=edu_filter_value,
            user_id="{userId}",
        )
