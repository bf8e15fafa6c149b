"""List training programs (v2).

`training.list_programs_v2` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.training_program import TrainingProgram
    from ...models.training_programs_response import TrainingProgramsResponse
    from ...types import UNSET, Unset


class ListProgramsV2(Operation):
    """List training programs (v2).

    `GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        location: str,
        radius: int,
        program_length: str,
        school: str,
        program_name: str,
        program_format: str,
        occupation: str,
        filter_by_source: str,
        area: str,
        sort_columns: str,
        sort_direction: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> TrainingProgramsResponse:
        """List training programs (v2).

        `GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: the accepted values of the filter segments are undocumented. RecordCount has been seen
        both as an integer and as a string. The doc's sample code also shows `radius` as a query key; it is
        left out here as a probable doc artifact.

        Searches local training programs and programs of study (IPEDS schools, ETPL and others) by keyword
        and location. A search that finds nothing answers `404 {"Message": "No data available"}`.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            program_length: Program-length filter. `0` means no filter.
            school: School filter. `0` means no filter.
            program_name: Program-name filter. `0` means no filter.
            program_format: Delivery-format filter (online, in person, and so on). `0` means no filter.
            occupation: Occupation filter. `0` means no filter.
            filter_by_source: Data-source filter. `0` means no filter.
            area: Area or region filter. `0` means no filter.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_direction: Sort direction (the name is singular on this route). `0` means the default.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            TrainingProgramsResponse: the parsed success response

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
        from ...api.training import list_training_programs_v2 as _training_list_training_programs_v2
        from ...models.training_programs_response import TrainingProgramsResponse

        response = _training_list_training_programs_v2.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            program_length=program_length,
            school=school,
            program_name=program_name,
            program_format=program_format,
            occupation=occupation,
            filter_by_source=filter_by_source,
            area=area,
            sort_columns=sort_columns,
            sort_direction=sort_direction,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, TrainingProgramsResponse)

    def raw(
        self,
        keyword: str,
        location: str,
        radius: int,
        program_length: str,
        school: str,
        program_name: str,
        program_format: str,
        occupation: str,
        filter_by_source: str,
        area: str,
        sort_columns: str,
        sort_direction: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | TrainingProgramsResponse]:
        """`GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.training import list_training_programs_v2 as _training_list_training_programs_v2

        return _training_list_training_programs_v2.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            program_length=program_length,
            school=school,
            program_name=program_name,
            program_format=program_format,
            occupation=occupation,
            filter_by_source=filter_by_source,
            area=area,
            sort_columns=sort_columns,
            sort_direction=sort_direction,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        radius: int,
        program_length: str,
        school: str,
        program_name: str,
        program_format: str,
        occupation: str,
        filter_by_source: str,
        area: str,
        sort_columns: str,
        sort_direction: str,
        *,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[TrainingProgram, TrainingProgramsResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.training import list_training_programs_v2 as _training_list_training_programs_v2

        return Pager(
            _training_list_training_programs_v2,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "radius": radius,
                "program_length": program_length,
                "school": school,
                "program_name": program_name,
                "program_format": program_format,
                "occupation": occupation,
                "filter_by_source": filter_by_source,
                "area": area,
                "sort_columns": sort_columns,
                "sort_direction": sort_direction,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListProgramsV2(AsyncOperation):
    """List training programs (v2).

    `GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        location: str,
        radius: int,
        program_length: str,
        school: str,
        program_name: str,
        program_format: str,
        occupation: str,
        filter_by_source: str,
        area: str,
        sort_columns: str,
        sort_direction: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> TrainingProgramsResponse:
        """List training programs (v2).

        `GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: the accepted values of the filter segments are undocumented. RecordCount has been seen
        both as an integer and as a string. The doc's sample code also shows `radius` as a query key; it is
        left out here as a probable doc artifact.

        Searches local training programs and programs of study (IPEDS schools, ETPL and others) by keyword
        and location. A search that finds nothing answers `404 {"Message": "No data available"}`.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            program_length: Program-length filter. `0` means no filter.
            school: School filter. `0` means no filter.
            program_name: Program-name filter. `0` means no filter.
            program_format: Delivery-format filter (online, in person, and so on). `0` means no filter.
            occupation: Occupation filter. `0` means no filter.
            filter_by_source: Data-source filter. `0` means no filter.
            area: Area or region filter. `0` means no filter.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_direction: Sort direction (the name is singular on this route). `0` means the default.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            TrainingProgramsResponse: the parsed success response

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
        from ...api.training import list_training_programs_v2 as _training_list_training_programs_v2
        from ...models.training_programs_response import TrainingProgramsResponse

        response = await _training_list_training_programs_v2.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            program_length=program_length,
            school=school,
            program_name=program_name,
            program_format=program_format,
            occupation=occupation,
            filter_by_source=filter_by_source,
            area=area,
            sort_columns=sort_columns,
            sort_direction=sort_direction,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, TrainingProgramsResponse)

    async def raw(
        self,
        keyword: str,
        location: str,
        radius: int,
        program_length: str,
        school: str,
        program_name: str,
        program_format: str,
        occupation: str,
        filter_by_source: str,
        area: str,
        sort_columns: str,
        sort_direction: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | TrainingProgramsResponse]:
        """`GET /v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.training import list_training_programs_v2 as _training_list_training_programs_v2

        return await _training_list_training_programs_v2.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            program_length=program_length,
            school=school,
            program_name=program_name,
            program_format=program_format,
            occupation=occupation,
            filter_by_source=filter_by_source,
            area=area,
            sort_columns=sort_columns,
            sort_direction=sort_direction,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        radius: int,
        program_length: str,
        school: str,
        program_name: str,
        program_format: str,
        occupation: str,
        filter_by_source: str,
        area: str,
        sort_columns: str,
        sort_direction: str,
        *,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[TrainingProgram, TrainingProgramsResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.training import list_training_programs_v2 as _training_list_training_programs_v2

        return AsyncPager(
            _training_list_training_programs_v2,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "radius": radius,
                "program_length": program_length,
                "school": school,
                "program_name": program_name,
                "program_format": program_format,
                "occupation": occupation,
                "filter_by_source": filter_by_source,
                "area": area,
                "sort_columns": sort_columns,
                "sort_direction": sort_direction,
                "enable_meta_data": enable_meta_data,
            },
            concurrency,
        )
