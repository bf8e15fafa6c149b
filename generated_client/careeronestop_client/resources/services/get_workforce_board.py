"""Get workforce development board or youth committee by id.

`services.get_workforce_board` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.workforce_board_response import WorkforceBoardResponse


class GetWorkforceBoard(Operation):
    """Get workforce development board or youth committee by id.

    `GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}"

    def __call__(self, tid: str, lid: str, id: str) -> WorkforceBoardResponse:
        """Get workforce development board or youth committee by id.

        `GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}` (confidence: documented).

        Uncertain: only the path is documented. The response has never been observed. The ids come from a
        Search by Location operation whose path is unknown.

        Returns a Workforce Development Board or Youth Committee. Geocodes in the answer are licensed from
        Bing Maps and may not be stored.

        Args:
            tid: Type id (board or youth committee).
            lid: Level id.
            id: Board id from Search by Location.

        Returns:
            WorkforceBoardResponse: the parsed success response

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
        from ...api.services import get_workforce_board_by_id as _services_get_workforce_board_by_id
        from ...models.workforce_board_response import WorkforceBoardResponse

        response = _services_get_workforce_board_by_id.sync_detailed(
            client=self._client, tid=tid, lid=lid, id=id, user_id="{userId}"
        )
        return self._expect(response, WorkforceBoardResponse)

    def raw(self, tid: str, lid: str, id: str) -> Response[ErrorMessage | WorkforceBoardResponse]:
        """`GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.services import get_workforce_board_by_id as _services_get_workforce_board_by_id

        return _services_get_workforce_board_by_id.sync_detailed(
            client=self._raw_client(), tid=tid, lid=lid, id=id, user_id="{userId}"
        )


class AsyncGetWorkforceBoard(AsyncOperation):
    """Get workforce development board or youth committee by id.

    `GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}"

    async def __call__(self, tid: str, lid: str, id: str) -> WorkforceBoardResponse:
        """Get workforce development board or youth committee by id.

        `GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}` (confidence: documented).

        Uncertain: only the path is documented. The response has never been observed. The ids come from a
        Search by Location operation whose path is unknown.

        Returns a Workforce Development Board or Youth Committee. Geocodes in the answer are licensed from
        Bing Maps and may not be stored.

        Args:
            tid: Type id (board or youth committee).
            lid: Level id.
            id: Board id from Search by Location.

        Returns:
            WorkforceBoardResponse: the parsed success response

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
        from ...api.services import get_workforce_board_by_id as _services_get_workforce_board_by_id
        from ...models.workforce_board_response import WorkforceBoardResponse

        response = await _services_get_workforce_board_by_id.asyncio_detailed(
            client=self._client, tid=tid, lid=lid, id=id, user_id="{userId}"
        )
        return self._expect(response, WorkforceBoardResponse)

    async def raw(self, tid: str, lid: str, id: str) -> Response[ErrorMessage | WorkforceBoardResponse]:
        """`GET /v1/BoardsCouncilsFinder/{userId}/{tid}/{lid}/{id}` returning status, headers and body whatever the status."""
        from ...api.services import get_workforce_board_by_id as _services_get_workforce_board_by_id

        return await _services_get_workforce_board_by_id.asyncio_detailed(
            client=self._raw_client(), tid=tid, lid=lid, id=id, user_id="{userId}"
        )
