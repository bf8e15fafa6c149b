"""Get job description building blocks (Job Description Writer).

`occupation.get_job_description` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.job_description_response import JobDescriptionResponse
    from ...types import UNSET, Unset


class GetJobDescription(Operation):
    """Get job description building blocks (Job Description Writer).

    `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/jdw/{userId}/{onetCode}/{state}/{category}"

    def __call__(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> JobDescriptionResponse:
        """Get job description building blocks (Job Description Writer).

        `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

        Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
        and wages probably exist and stay as extra properties. The full list of category values is not
        documented here.

        Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
        activities, skill statements and an education section.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            state: State postal code (`US` for the nation where the operation accepts it).
            category: Section selector. Values seen in working code are `0` (everything), `All` and
                `Purpose`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDescriptionResponse: the parsed success response

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
        from ...api.occupation import get_job_description as _occupation_get_job_description
        from ...models.job_description_response import JobDescriptionResponse

        response = _occupation_get_job_description.sync_detailed(
            client=self._client,
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, JobDescriptionResponse)

    def raw(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDescriptionResponse]:
        """`GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.occupation import get_job_description as _occupation_get_job_description

        return _occupation_get_job_description.sync_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetJobDescription(AsyncOperation):
    """Get job description building blocks (Job Description Writer).

    `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/jdw/{userId}/{onetCode}/{state}/{category}"

    async def __call__(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> JobDescriptionResponse:
        """Get job description building blocks (Job Description Writer).

        `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

        Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
        and wages probably exist and stay as extra properties. The full list of category values is not
        documented here.

        Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
        activities, skill statements and an education section.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            state: State postal code (`US` for the nation where the operation accepts it).
            category: Section selector. Values seen in working code are `0` (everything), `All` and
                `Purpose`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDescriptionResponse: the parsed success response

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
        from ...api.occupation import get_job_description as _occupation_get_job_description
        from ...models.job_description_response import JobDescriptionResponse

        response = await _occupation_get_job_description.asyncio_detailed(
            client=self._client,
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, JobDescriptionResponse)

    async def raw(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDescriptionResponse]:
        """`GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` returning status, headers and body whatever the status."""
        from ...api.occupation import get_job_description as _occupation_get_job_description

        return await _occupation_get_job_description.asyncio_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
