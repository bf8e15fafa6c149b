"""Get training program details (v2).

`training.get_program_details_v2` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.training_program_detail_response import TrainingProgramDetailResponse
    from ...types import UNSET, Unset


class GetProgramDetailsV2(Operation):
    """Get training program details (v2).

    `GET /v2/training/program/{userId}/{detailID}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v2/training/program/{userId}/{detailID}"

    def __call__(self, detail_id: str, *, enable_meta_data: bool | Unset = False) -> TrainingProgramDetailResponse:
        """Get training program details (v2).

        `GET /v2/training/program/{userId}/{detailID}` (confidence: documented).

        Uncertain: only the fields shared with the search rows are known. The extra detail fields stay as
        extra properties. enableMetaData support is a guess.

        Returns one training program by the DetailId from a v2 program search. Note that SchoolPrograms is a
        single object here, not a list.

        Args:
            detail_id: `SchoolPrograms[].DetailId` from List Training Programs v2.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            TrainingProgramDetailResponse: the parsed success response

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
        from ...api.training import get_training_program_details_v2 as _training_get_training_program_details_v2
        from ...models.training_program_detail_response import TrainingProgramDetailResponse

        response = _training_get_training_program_details_v2.sync_detailed(
            client=self._client, detail_id=detail_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, TrainingProgramDetailResponse)

    def raw(
        self, detail_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | TrainingProgramDetailResponse]:
        """`GET /v2/training/program/{userId}/{detailID}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.training import get_training_program_details_v2 as _training_get_training_program_details_v2

        return _training_get_training_program_details_v2.sync_detailed(
            client=self._raw_client(), detail_id=detail_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


class AsyncGetProgramDetailsV2(AsyncOperation):
    """Get training program details (v2).

    `GET /v2/training/program/{userId}/{detailID}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v2/training/program/{userId}/{detailID}"

    async def __call__(
        self, detail_id: str, *, enable_meta_data: bool | Unset = False
    ) -> TrainingProgramDetailResponse:
        """Get training program details (v2).

        `GET /v2/training/program/{userId}/{detailID}` (confidence: documented).

        Uncertain: only the fields shared with the search rows are known. The extra detail fields stay as
        extra properties. enableMetaData support is a guess.

        Returns one training program by the DetailId from a v2 program search. Note that SchoolPrograms is a
        single object here, not a list.

        Args:
            detail_id: `SchoolPrograms[].DetailId` from List Training Programs v2.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            TrainingProgramDetailResponse: the parsed success response

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
        from ...api.training import get_training_program_details_v2 as _training_get_training_program_details_v2
        from ...models.training_program_detail_response import TrainingProgramDetailResponse

        response = await _training_get_training_program_details_v2.asyncio_detailed(
            client=self._client, detail_id=detail_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, TrainingProgramDetailResponse)

    async def raw(
        self, detail_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | TrainingProgramDetailResponse]:
        """`GET /v2/training/program/{userId}/{detailID}` returning status, headers and body whatever the status."""
        from ...api.training import get_training_program_details_v2 as _training_get_training_program_details_v2

        return await _training_get_training_program_details_v2.asyncio_detailed(
            client=self._raw_client(), detail_id=detail_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
