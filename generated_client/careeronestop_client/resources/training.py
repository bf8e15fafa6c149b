"""Training programs, programs of study and scholarships.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.error_message import ErrorMessage
    from ..models.scholarships_response import ScholarshipsResponse
    from ..models.taaccct_program_of_study_response import TaaccctProgramOfStudyResponse
    from ..models.training_program import TrainingProgram
    from ..models.training_program_detail_response import TrainingProgramDetailResponse
    from ..models.training_program_v1 import TrainingProgramV1
    from ..models.training_programs_response import TrainingProgramsResponse
    from ..models.training_programs_v1_response import TrainingProgramsV1Response
    from ..types import UNSET, Unset


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
        from ..api.training import get_training_program_details_v2 as _training_get_training_program_details_v2
        from ..models.training_program_detail_response import TrainingProgramDetailResponse

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
        from ..api.training import get_training_program_details_v2 as _training_get_training_program_details_v2

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
        from ..api.training import get_training_program_details_v2 as _training_get_training_program_details_v2
        from ..models.training_program_detail_response import TrainingProgramDetailResponse

        response = await _training_get_training_program_details_v2.asyncio_detailed(
            client=self._client, detail_id=detail_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, TrainingProgramDetailResponse)

    async def raw(
        self, detail_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | TrainingProgramDetailResponse]:
        """`GET /v2/training/program/{userId}/{detailID}` returning status, headers and body whatever the status."""
        from ..api.training import get_training_program_details_v2 as _training_get_training_program_details_v2

        return await _training_get_training_program_details_v2.asyncio_detailed(
            client=self._raw_client(), detail_id=detail_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


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
        from ..api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail
        from ..models.taaccct_program_of_study_response import TaaccctProgramOfStudyResponse

        response = _training_get_taaccct_program_of_study_detail.sync_detailed(
            client=self._client, pos_id=pos_id, user_id="{userId}"
        )
        return self._expect(response, TaaccctProgramOfStudyResponse)

    def raw(self, pos_id: str) -> Response[ErrorMessage | TaaccctProgramOfStudyResponse]:
        """`GET /v1/taaccct/{userId}/posDetail/{posId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail

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
        from ..api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail
        from ..models.taaccct_program_of_study_response import TaaccctProgramOfStudyResponse

        response = await _training_get_taaccct_program_of_study_detail.asyncio_detailed(
            client=self._client, pos_id=pos_id, user_id="{userId}"
        )
        return self._expect(response, TaaccctProgramOfStudyResponse)

    async def raw(self, pos_id: str) -> Response[ErrorMessage | TaaccctProgramOfStudyResponse]:
        """`GET /v1/taaccct/{userId}/posDetail/{posId}` returning status, headers and body whatever the status."""
        from ..api.training import get_taaccct_program_of_study_detail as _training_get_taaccct_program_of_study_detail

        return await _training_get_taaccct_program_of_study_detail.asyncio_detailed(
            client=self._raw_client(), pos_id=pos_id, user_id="{userId}"
        )


class ListProgramsV1(Operation):
    """List training programs (v1, legacy).

    `GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        location: str,
        radius: int,
        occupation: str,
        program_name: str,
        program_length: str,
        state: str,
        region: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> TrainingProgramsV1Response:
        """List training programs (v1, legacy).

        `GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the names of the five filter segments after radius are guesses, although their number and
        position are confirmed by working calls that send `0`. RecordCount is assumed.

        The older training search, still widely used. Callers usually send `0` for every filter segment. The
        sort key `Distance` has been seen. The five filter segments after radius (occupation, programName,
        programLength, state, region) have guessed names; send `0`.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            occupation: Occupation filter. `0` means no filter.
            program_name: Program-name filter. `0` means no filter.
            program_length: Program-length filter. `0` means no filter.
            state: State filter (the segment name is a guess). Send `0`.
            region: Region filter (the segment name is a guess). Send `0`.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.

        Returns:
            TrainingProgramsV1Response: the parsed success response

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
        from ..api.training import list_training_programs_v1 as _training_list_training_programs_v1
        from ..models.training_programs_v1_response import TrainingProgramsV1Response

        response = _training_list_training_programs_v1.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            occupation=occupation,
            program_name=program_name,
            program_length=program_length,
            state=state,
            region=region,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )
        return self._expect(response, TrainingProgramsV1Response)

    def raw(
        self,
        keyword: str,
        location: str,
        radius: int,
        occupation: str,
        program_name: str,
        program_length: str,
        state: str,
        region: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> Response[ErrorMessage | TrainingProgramsV1Response]:
        """`GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.training import list_training_programs_v1 as _training_list_training_programs_v1

        return _training_list_training_programs_v1.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            occupation=occupation,
            program_name=program_name,
            program_length=program_length,
            state=state,
            region=region,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        radius: int,
        occupation: str,
        program_name: str,
        program_length: str,
        state: str,
        region: str,
        sort_columns: str,
        sort_directions: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[TrainingProgramV1, TrainingProgramsV1Response]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.training import list_training_programs_v1 as _training_list_training_programs_v1

        return Pager(
            _training_list_training_programs_v1,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "radius": radius,
                "occupation": occupation,
                "program_name": program_name,
                "program_length": program_length,
                "state": state,
                "region": region,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
            },
        )


class AsyncListProgramsV1(AsyncOperation):
    """List training programs (v1, legacy).

    `GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        location: str,
        radius: int,
        occupation: str,
        program_name: str,
        program_length: str,
        state: str,
        region: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> TrainingProgramsV1Response:
        """List training programs (v1, legacy).

        `GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the names of the five filter segments after radius are guesses, although their number and
        position are confirmed by working calls that send `0`. RecordCount is assumed.

        The older training search, still widely used. Callers usually send `0` for every filter segment. The
        sort key `Distance` has been seen. The five filter segments after radius (occupation, programName,
        programLength, state, region) have guessed names; send `0`.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            occupation: Occupation filter. `0` means no filter.
            program_name: Program-name filter. `0` means no filter.
            program_length: Program-length filter. `0` means no filter.
            state: State filter (the segment name is a guess). Send `0`.
            region: Region filter (the segment name is a guess). Send `0`.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.

        Returns:
            TrainingProgramsV1Response: the parsed success response

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
        from ..api.training import list_training_programs_v1 as _training_list_training_programs_v1
        from ..models.training_programs_v1_response import TrainingProgramsV1Response

        response = await _training_list_training_programs_v1.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            radius=radius,
            occupation=occupation,
            program_name=program_name,
            program_length=program_length,
            state=state,
            region=region,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )
        return self._expect(response, TrainingProgramsV1Response)

    async def raw(
        self,
        keyword: str,
        location: str,
        radius: int,
        occupation: str,
        program_name: str,
        program_length: str,
        state: str,
        region: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
    ) -> Response[ErrorMessage | TrainingProgramsV1Response]:
        """`GET /v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ..api.training import list_training_programs_v1 as _training_list_training_programs_v1

        return await _training_list_training_programs_v1.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            radius=radius,
            occupation=occupation,
            program_name=program_name,
            program_length=program_length,
            state=state,
            region=region,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        radius: int,
        occupation: str,
        program_name: str,
        program_length: str,
        state: str,
        region: str,
        sort_columns: str,
        sort_directions: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[TrainingProgramV1, TrainingProgramsV1Response]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.training import list_training_programs_v1 as _training_list_training_programs_v1

        return AsyncPager(
            _training_list_training_programs_v1,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "radius": radius,
                "occupation": occupation,
                "program_name": program_name,
                "program_length": program_length,
                "state": state,
                "region": region,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
            },
        )


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
        from ..api.training import list_training_programs_v2 as _training_list_training_programs_v2
        from ..models.training_programs_response import TrainingProgramsResponse

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
        from ..api.training import list_training_programs_v2 as _training_list_training_programs_v2

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
        from ..api.training import list_training_programs_v2 as _training_list_training_programs_v2

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
        from ..api.training import list_training_programs_v2 as _training_list_training_programs_v2
        from ..models.training_programs_response import TrainingProgramsResponse

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
        from ..api.training import list_training_programs_v2 as _training_list_training_programs_v2

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
    ) -> AsyncPager[TrainingProgram, TrainingProgramsResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.training import list_training_programs_v2 as _training_list_training_programs_v2

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
        )


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
        from ..api.training import list_scholarships as _training_list_scholarships
        from ..models.scholarships_response import ScholarshipsResponse

        response = _training_list_scholarships.sync_detailed(
            client=self._client, keyword=keyword, state=state, limit=limit, user_id="{userId}"
        )
        return self._expect(response, ScholarshipsResponse)

    def raw(self, keyword: str, state: str, limit: int) -> Response[ErrorMessage | ScholarshipsResponse]:
        """`GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.training import list_scholarships as _training_list_scholarships

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
        from ..api.training import list_scholarships as _training_list_scholarships
        from ..models.scholarships_response import ScholarshipsResponse

        response = await _training_list_scholarships.asyncio_detailed(
            client=self._client, keyword=keyword, state=state, limit=limit, user_id="{userId}"
        )
        return self._expect(response, ScholarshipsResponse)

    async def raw(self, keyword: str, state: str, limit: int) -> Response[ErrorMessage | ScholarshipsResponse]:
        """`GET /v1/scholarshipfinder/{userId}/{keyword}/{state}/{limit}` returning status, headers and body whatever the status."""
        from ..api.training import list_scholarships as _training_list_scholarships

        return await _training_list_scholarships.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, state=state, limit=limit, user_id="{userId}"
        )


class TrainingResource(Resource):
    """Training programs, programs of study and scholarships."""

    __slots__ = ()

    @property
    def get_program_details_v2(self) -> GetProgramDetailsV2:
        """Get training program details (v2)."""
        return GetProgramDetailsV2(self._client)

    @property
    def get_taaccct_program_of_study(self) -> GetTaaccctProgramOfStudy:
        """Get TAACCCT detail for a program of study."""
        return GetTaaccctProgramOfStudy(self._client)

    @property
    def list_programs_v1(self) -> ListProgramsV1:
        """List training programs (v1, legacy)."""
        return ListProgramsV1(self._client)

    @property
    def list_programs_v2(self) -> ListProgramsV2:
        """List training programs (v2)."""
        return ListProgramsV2(self._client)

    @property
    def list_scholarships(self) -> ListScholarships:
        """Scholarship finder."""
        return ListScholarships(self._client)


class AsyncTrainingResource(Resource):
    """Training programs, programs of study and scholarships. (async)"""

    __slots__ = ()

    @property
    def get_program_details_v2(self) -> AsyncGetProgramDetailsV2:
        """Get training program details (v2)."""
        return AsyncGetProgramDetailsV2(self._client)

    @property
    def get_taaccct_program_of_study(self) -> AsyncGetTaaccctProgramOfStudy:
        """Get TAACCCT detail for a program of study."""
        return AsyncGetTaaccctProgramOfStudy(self._client)

    @property
    def list_programs_v1(self) -> AsyncListProgramsV1:
        """List training programs (v1, legacy)."""
        return AsyncListProgramsV1(self._client)

    @property
    def list_programs_v2(self) -> AsyncListProgramsV2:
        """List training programs (v2)."""
        return AsyncListProgramsV2(self._client)

    @property
    def list_scholarships(self) -> AsyncListScholarships:
        """Scholarship finder."""
        return AsyncListScholarships(self._client)
