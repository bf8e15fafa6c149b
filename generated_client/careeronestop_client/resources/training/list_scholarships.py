"""Scholarship finder.

`training.list_scholarships` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.scholarships_response import ScholarshipsResponse


class ListScholarships(Operation):
    """Scholarship finder.

    Warning: unverified path (confidence: guess).

    `GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}"

    def __call__(self, keyword: str, state: str, limit: int) -> ScholarshipsResponse:
        """Scholarship finder.

        Warning: unverified path (confidence: guess).

        `GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` (confidence: guess).

        Uncertain: this operation may not exist. It was seen in one small proxy, it is missing from the
        official catalog, and another client says CareerOneStop has no scholarship API. The response is
        unknown.

        Searches scholarships by keyword and state, returning at most `limit` rows.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            state: State postal code (`US` for the nation where the operation accepts it).
            limit: Maximum number of rows. Constraints: min 1.

        Returns:
            ScholarshipsResponse: the parsed success response

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
        from ...api.training import list_scholarships as _training_list_scholarships
        from ...models.scholarships_response import ScholarshipsResponse

        response = _training_list_scholarships.sync_detailed(
            client=self._client, keyword=keyword, state=state, limit=limit, user_id="{userId}"
        )
        return self._expect(response, ScholarshipsResponse)

    def raw(self, keyword: str, state: str, limit: int) -> Response[ErrorMessage | ScholarshipsResponse]:
        """`GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.training import list_scholarships as _training_list_scholarships

        return _training_list_scholarships.sync_detailed(
            client=self._raw_client(), keyword=keyword, state=state, limit=limit, user_id="{userId}"
        )


class AsyncListScholarships(AsyncOperation):
    """Scholarship finder.

    Warning: unverified path (confidence: guess).

    `GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}"

    async def __call__(self, keyword: str, state: str, limit: int) -> ScholarshipsResponse:
        """Scholarship finder.

        Warning: unverified path (confidence: guess).

        `GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` (confidence: guess).

        Uncertain: this operation may not exist. It was seen in one small proxy, it is missing from the
        official catalog, and another client says CareerOneStop has no scholarship API. The response is
        unknown.

        Searches scholarships by keyword and state, returning at most `limit` rows.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            state: State postal code (`US` for the nation where the operation accepts it).
            limit: Maximum number of rows. Constraints: min 1.

        Returns:
            ScholarshipsResponse: the parsed success response

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
        from ...api.training import list_scholarships as _training_list_scholarships
        from ...models.scholarships_response import ScholarshipsResponse

        response = await _training_list_scholarships.asyncio_detailed(
            client=self._client, keyword=keyword, state=state, limit=limit, user_id="{userId}"
        )
        return self._expect(response, ScholarshipsResponse)

    async def raw(self, keyword: str, state: str, limit: int) -> Response[ErrorMessage | ScholarshipsResponse]:
        """`GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` returning status, headers and body whatever the status."""
        from ...api.training import list_scholarships as _training_list_scholarships

        return await _training_list_scholarships.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, state=state, limit=limit, user_id="{userId}"
        )
