"""Get occupations report (ranked occupation lists).

`occupation.get_report` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.occupation_report_type import OccupationReportType, check_occupation_report_type
    from ...models.occupations_report_response import OccupationsReportResponse
    from ...types import UNSET, Unset


class GetReport(Operation):
    """Get occupations report (ranked occupation lists).

    Warning: unverified path (confidence: guess).

    `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationsReportResponse:
        """Get occupations report (ranked occupation lists).

        Warning: unverified path (confidence: guess).

        `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

        Uncertain: the path and parameters come from a second-hand copy of the official PDF, and the sort-
        column values may belong to another endpoint. No response has been observed, so the body is an open
        object. Offset and limit segments exist, but the name of the row array is unknown, so no
        `x-pagination` is declared.

        Returns ranked occupation lists for a state or the nation: fastest growing, highest paying, most
        openings, largest employment, or declining employment. Sort keys listed second-hand (EE, PE, PCH,
        POT, PCT, IND) may have been copied from Employment Patterns.

        Args:
            reporttype: `FG` fastest growing, `HP` highest paying, `MO` most openings, `LE` largest
                employment, `DE` declining employment. One of: 'FG', 'HP', 'MO', 'LE', 'DE'.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            education: Filter on typical education. `0` means all levels. The other codes are not documented
                here. Constraints: min 0.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationsReportResponse: the parsed success response

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
        from ...api.occupation import get_occupations_report as _occupation_get_occupations_report
        from ...models.occupations_report_response import OccupationsReportResponse

        response = _occupation_get_occupations_report.sync_detailed(
            client=self._client,
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationsReportResponse)

    def raw(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationsReportResponse]:
        """`GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.occupation import get_occupations_report as _occupation_get_occupations_report

        return _occupation_get_occupations_report.sync_detailed(
            client=self._raw_client(),
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetReport(AsyncOperation):
    """Get occupations report (ranked occupation lists).

    Warning: unverified path (confidence: guess).

    `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationsReportResponse:
        """Get occupations report (ranked occupation lists).

        Warning: unverified path (confidence: guess).

        `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

        Uncertain: the path and parameters come from a second-hand copy of the official PDF, and the sort-
        column values may belong to another endpoint. No response has been observed, so the body is an open
        object. Offset and limit segments exist, but the name of the row array is unknown, so no
        `x-pagination` is declared.

        Returns ranked occupation lists for a state or the nation: fastest growing, highest paying, most
        openings, largest employment, or declining employment. Sort keys listed second-hand (EE, PE, PCH,
        POT, PCT, IND) may have been copied from Employment Patterns.

        Args:
            reporttype: `FG` fastest growing, `HP` highest paying, `MO` most openings, `LE` largest
                employment, `DE` declining employment. One of: 'FG', 'HP', 'MO', 'LE', 'DE'.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            education: Filter on typical education. `0` means all levels. The other codes are not documented
                here. Constraints: min 0.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationsReportResponse: the parsed success response

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
        from ...api.occupation import get_occupations_report as _occupation_get_occupations_report
        from ...models.occupations_report_response import OccupationsReportResponse

        response = await _occupation_get_occupations_report.asyncio_detailed(
            client=self._client,
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationsReportResponse)

    async def raw(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationsReportResponse]:
        """`GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.occupation import get_occupations_report as _occupation_get_occupations_report

        return await _occupation_get_occupations_report.asyncio_detailed(
            client=self._raw_client(),
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
