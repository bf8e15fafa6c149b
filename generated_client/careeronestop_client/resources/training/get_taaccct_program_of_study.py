"""Get TAACCCT detail for a program of study.

`training.get_taaccct_program_of_study` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.taaccct_program_of_study_response import TaaccctProgramOfStudyResponse


class GetTaaccctProgramOfStudy(Operation):
    """Get TAACCCT detail for a program of study.

    `GET /v1/taaccct/{userId}/posDetail/{posId}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/taaccct/{userId}/posDetail/{posId}"

    def __call__(self, pos_id: str) -> TaaccctProgramOfStudyResponse:
        """Get TAACCCT detail for a program of study.

        `GET /v1/taaccct/{userId}/posDetail/{posId}` (confidence: documented).

        Uncertain: only the path is documented. The response has never been observed, so it is an open
        object.

        Returns details of a program of study built under the Trade Adjustment Assistance Community College
        and Career Training (TAACCCT) grants.

        Args:
            pos_id: Program-of-study id.

        Returns:
            TaaccctProgramOfStudyResponse: the parsed success response

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
        from ...api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail
        from ...models.taaccct_program_of_study_response import TaaccctProgramOfStudyResponse

        response = _training_get_taaccct_program_of_study_detail.sync_detailed(
            client=self._client, pos_id=pos_id, user_id="{userId}"
        )
        return self._expect(response, TaaccctProgramOfStudyResponse)

    def raw(self, pos_id: str) -> Response[ErrorMessage | TaaccctProgramOfStudyResponse]:
        """`GET /v1/taaccct/{userId}/posDetail/{posId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail

        return _training_get_taaccct_program_of_study_detail.sync_detailed(
            client=self._raw_client(), pos_id=pos_id, user_id="{userId}"
        )


class AsyncGetTaaccctProgramOfStudy(AsyncOperation):
    """Get TAACCCT detail for a program of study.

    `GET /v1/taaccct/{userId}/posDetail/{posId}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/taaccct/{userId}/posDetail/{posId}"

    async def __call__(self, pos_id: str) -> TaaccctProgramOfStudyResponse:
        """Get TAACCCT detail for a program of study.

        `GET /v1/taaccct/{userId}/posDetail/{posId}` (confidence: documented).

        Uncertain: only the path is documented. The response has never been observed, so it is an open
        object.

        Returns details of a program of study built under the Trade Adjustment Assistance Community College
        and Career Training (TAACCCT) grants.

        Args:
            pos_id: Program-of-study id.

        Returns:
            TaaccctProgramOfStudyResponse: the parsed success response

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
        from ...api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail
        from ...models.taaccct_program_of_study_response import TaaccctProgramOfStudyResponse

        response = await _training_get_taaccct_program_of_study_detail.asyncio_detailed(
            client=self._client, pos_id=pos_id, user_id="{userId}"
        )
        return self._expect(response, TaaccctProgramOfStudyResponse)

    async def raw(self, pos_id: str) -> Response[ErrorMessage | TaaccctProgramOfStudyResponse]:
        """`GET /v1/taaccct/{userId}/posDetail/{posId}` returning status, headers and body whatever the status."""
        from ...api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail

        return await _training_get_taaccct_program_of_study_detail.asyncio_detailed(
            client=self._raw_client(), pos_id=pos_id, user_id="{userId}"
        )
