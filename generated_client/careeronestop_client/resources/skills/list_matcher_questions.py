"""Get the Skills Matcher questions.

`skills.list_matcher_questions` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.skills_matcher_questions_response import SkillsMatcherQuestionsResponse


class ListMatcherQuestions(Operation):
    """Get the Skills Matcher questions.

    `GET /v1/skillsmatcher/{userId}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/skillsmatcher/{userId}"

    def __call__(self) -> SkillsMatcherQuestionsResponse:
        """Get the Skills Matcher questions.

        `GET /v1/skillsmatcher/{userId}` (confidence: observed-in-typed-client-code).

        Uncertain: the shape comes from a typed client checked against the API Explorer. The DataPoint
        values arrive as strings or numbers. It is not known whether enableMetaData is accepted, so it is
        not offered.

        Returns the 40 Skills Matcher rating questions. Each question has anchor labels and the five values
        (DataPoint20 to DataPoint80) to send back for ratings 1 to 5.

        Returns:
            SkillsMatcherQuestionsResponse: the parsed success response

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
        from ...api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions
        from ...models.skills_matcher_questions_response import SkillsMatcherQuestionsResponse

        response = _skills_list_skills_matcher_questions.sync_detailed(client=self._client, user_id="{userId}")
        return self._expect(response, SkillsMatcherQuestionsResponse)

    def raw(self) -> Response[ErrorMessage | SkillsMatcherQuestionsResponse]:
        """`GET /v1/skillsmatcher/{userId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions

        return _skills_list_skills_matcher_questions.sync_detailed(client=self._raw_client(), user_id="{userId}")


class AsyncListMatcherQuestions(AsyncOperation):
    """Get the Skills Matcher questions.

    `GET /v1/skillsmatcher/{userId}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/skillsmatcher/{userId}"

    async def __call__(self) -> SkillsMatcherQuestionsResponse:
        """Get the Skills Matcher questions.

        `GET /v1/skillsmatcher/{userId}` (confidence: observed-in-typed-client-code).

        Uncertain: the shape comes from a typed client checked against the API Explorer. The DataPoint
        values arrive as strings or numbers. It is not known whether enableMetaData is accepted, so it is
        not offered.

        Returns the 40 Skills Matcher rating questions. Each question has anchor labels and the five values
        (DataPoint20 to DataPoint80) to send back for ratings 1 to 5.

        Returns:
            SkillsMatcherQuestionsResponse: the parsed success response

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
        from ...api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions
        from ...models.skills_matcher_questions_response import SkillsMatcherQuestionsResponse

        response = await _skills_list_skills_matcher_questions.asyncio_detailed(client=self._client, user_id="{userId}")
        return self._expect(response, SkillsMatcherQuestionsResponse)

    async def raw(self) -> Response[ErrorMessage | SkillsMatcherQuestionsResponse]:
        """`GET /v1/skillsmatcher/{userId}` returning status, headers and body whatever the status."""
        from ...api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions

        return await _skills_list_skills_matcher_questions.asyncio_detailed(
            client=self._raw_client(), user_id="{userId}"
        )
