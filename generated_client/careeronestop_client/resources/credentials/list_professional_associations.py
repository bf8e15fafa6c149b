"""List professional associations.

`credentials.list_professional_associations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.professional_associations_response import ProfessionalAssociationsResponse


class ListProfessionalAssociations(Operation):
    """List professional associations.

    Warning: unverified path (confidence: guess).

    `GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        industry: str,
        occupation: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> ProfessionalAssociationsResponse:
        """List professional associations.

        Warning: unverified path (confidence: guess).

        `GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

        Uncertain: the path comes from a second-hand transcription of the official PDF, and no response has
        been observed. The body is an open object, and no `x-pagination` is declared because the row array
        name is unknown.

        Searches professional associations by keyword, industry and occupation.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            industry: Industry filter. `0` means no filter.
            occupation: Occupation filter. `0` means no filter.
            sort_column: Sort key (the segment name is singular on these routes). `0` means the default
                order.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.

        Returns:
            ProfessionalAssociationsResponse: the parsed success response

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
        from ...api.credentials import list_professional_associations as _credentials_list_professional_associations
        from ...models.professional_associations_response import ProfessionalAssociationsResponse

        response = _credentials_list_professional_associations.sync_detailed(
            client=self._client,
            keyword=keyword,
            industry=industry,
            occupation=occupation,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )
        return self._expect(response, ProfessionalAssociationsResponse)

    def raw(
        self,
        keyword: str,
        industry: str,
        occupation: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> Response[ErrorMessage | ProfessionalAssociationsResponse]:
        """`GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.credentials import list_professional_associations as _credentials_list_professional_associations

        return _credentials_list_professional_associations.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            industry=industry,
            occupation=occupation,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )


class AsyncListProfessionalAssociations(AsyncOperation):
    """List professional associations.

    Warning: unverified path (confidence: guess).

    `GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        industry: str,
        occupation: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> ProfessionalAssociationsResponse:
        """List professional associations.

        Warning: unverified path (confidence: guess).

        `GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

        Uncertain: the path comes from a second-hand transcription of the official PDF, and no response has
        been observed. The body is an open object, and no `x-pagination` is declared because the row array
        name is unknown.

        Searches professional associations by keyword, industry and occupation.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            industry: Industry filter. `0` means no filter.
            occupation: Occupation filter. `0` means no filter.
            sort_column: Sort key (the segment name is singular on these routes). `0` means the default
                order.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.

        Returns:
            ProfessionalAssociationsResponse: the parsed success response

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
        from ...api.credentials import list_professional_associations as _credentials_list_professional_associations
        from ...models.professional_associations_response import ProfessionalAssociationsResponse

        response = await _credentials_list_professional_associations.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            industry=industry,
            occupation=occupation,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )
        return self._expect(response, ProfessionalAssociationsResponse)

    async def raw(
        self,
        keyword: str,
        industry: str,
        occupation: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> Response[ErrorMessage | ProfessionalAssociationsResponse]:
        """`GET /v1/professionalassociation/{userId}/{keyword}/{industry}/{occupation}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.credentials import list_professional_associations as _credentials_list_professional_associations

        return await _credentials_list_professional_associations.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            industry=industry,
            occupation=occupation,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )
