"""Skills Matcher questionnaire and skill gaps between occupations.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.error_message import ErrorMessage
    from ..models.skills_gap_response import SkillsGapResponse
    from ..models.skills_matcher_questions_response import SkillsMatcherQuestionsResponse
    from ..models.skills_matcher_results_response import SkillsMatcherResultsResponse
    from ..models.skills_matcher_submission import SkillsMatcherSubmission
    from ..types import UNSET, Unset


class GetGap(Operation):
    """Get the skills gap between two occupations.

    `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}"

    def __call__(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> SkillsGapResponse:
        """Get the skills gap between two occupations.

        `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

        Uncertain: the fields of the shared-items rows beyond Title and Description are assumed to match the
        gap rows. enableMetaData support is a guess.

        Compares the O*NET skills and knowledge of two occupations. Lists the items the target needs at a
        higher level and the items both share, plus wage, education, license and certification counts for
        each side. Examples use the 8-digit undotted code form.

        Args:
            current_onet_code: Current occupation, usually as an 8-digit undotted O*NET code.
            target_onet_code: Target occupation, in the same format.
            location: `US`, a state code, or a ZIP.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsGapResponse: the parsed success response

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
        from ..api.skills import get_skills_gap as _skills_get_skills_gap
        from ..models.skills_gap_response import SkillsGapResponse

        response = _skills_get_skills_gap.sync_detailed(
            client=self._client,
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsGapResponse)

    def raw(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | SkillsGapResponse]:
        """`GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.skills import get_skills_gap as _skills_get_skills_gap

        return _skills_get_skills_gap.sync_detailed(
            client=self._raw_client(),
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetGap(AsyncOperation):
    """Get the skills gap between two occupations.

    `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}"

    async def __call__(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> SkillsGapResponse:
        """Get the skills gap between two occupations.

        `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

        Uncertain: the fields of the shared-items rows beyond Title and Description are assumed to match the
        gap rows. enableMetaData support is a guess.

        Compares the O*NET skills and knowledge of two occupations. Lists the items the target needs at a
        higher level and the items both share, plus wage, education, license and certification counts for
        each side. Examples use the 8-digit undotted code form.

        Args:
            current_onet_code: Current occupation, usually as an 8-digit undotted O*NET code.
            target_onet_code: Target occupation, in the same format.
            location: `US`, a state code, or a ZIP.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsGapResponse: the parsed success response

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
        from ..api.skills import get_skills_gap as _skills_get_skills_gap
        from ..models.skills_gap_response import SkillsGapResponse

        response = await _skills_get_skills_gap.asyncio_detailed(
            client=self._client,
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsGapResponse)

    async def raw(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | SkillsGapResponse]:
        """`GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` returning status, headers and body whatever the status."""
        from ..api.skills import get_skills_gap as _skills_get_skills_gap

        return await _skills_get_skills_gap.asyncio_detailed(
            client=self._raw_client(),
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


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
        from ..api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions
        from ..models.skills_matcher_questions_response import SkillsMatcherQuestionsResponse

        response = _skills_list_skills_matcher_questions.sync_detailed(client=self._client, user_id="{userId}")
        return self._expect(response, SkillsMatcherQuestionsResponse)

    def raw(self) -> Response[ErrorMessage | SkillsMatcherQuestionsResponse]:
        """`GET /v1/skillsmatcher/{userId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions

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
        from ..api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions
        from ..models.skills_matcher_questions_response import SkillsMatcherQuestionsResponse

        response = await _skills_list_skills_matcher_questions.asyncio_detailed(client=self._client, user_id="{userId}")
        return self._expect(response, SkillsMatcherQuestionsResponse)

    async def raw(self) -> Response[ErrorMessage | SkillsMatcherQuestionsResponse]:
        """`GET /v1/skillsmatcher/{userId}` returning status, headers and body whatever the status."""
        from ..api.skills import list_skills_matcher_questions as _skills_list_skills_matcher_questions

        return await _skills_list_skills_matcher_questions.asyncio_detailed(
            client=self._raw_client(), user_id="{userId}"
        )


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
        from ..api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings
        from ..models.skills_matcher_results_response import SkillsMatcherResultsResponse

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
        from ..api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings

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
        from ..api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings
        from ..models.skills_matcher_results_response import SkillsMatcherResultsResponse

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
        from ..api.skills import submit_skills_matcher_ratings as _skills_submit_skills_matcher_ratings

        return await _skills_submit_skills_matcher_ratings.asyncio_detailed(
            client=self._raw_client(),
            body=body,
            sort_column=sort_column,
            sort_order=sort_order,
            edu_filter_value=edu_filter_value,
            user_id="{userId}",
        )


class SkillsResource(Resource):
    """Skills Matcher questionnaire and skill gaps between occupations."""

    __slots__ = ()

    @property
    def get_gap(self) -> GetGap:
        """Get the skills gap between two occupations."""
        return GetGap(self._client)

    @property
    def list_matcher_questions(self) -> ListMatcherQuestions:
        """Get the Skills Matcher questions."""
        return ListMatcherQuestions(self._client)

    @property
    def submit_matcher_ratings(self) -> SubmitMatcherRatings:
        """Submit Skills Matcher ratings."""
        return SubmitMatcherRatings(self._client)


class AsyncSkillsResource(Resource):
    """Skills Matcher questionnaire and skill gaps between occupations. (async)"""

    __slots__ = ()

    @property
    def get_gap(self) -> AsyncGetGap:
        """Get the skills gap between two occupations."""
        return AsyncGetGap(self._client)

    @property
    def list_matcher_questions(self) -> AsyncListMatcherQuestions:
        """Get the Skills Matcher questions."""
        return AsyncListMatcherQuestions(self._client)

    @property
    def submit_matcher_ratings(self) -> AsyncSubmitMatcherRatings:
        """Submit Skills Matcher ratings."""
        return AsyncSubmitMatcherRatings(self._client)
