"""List training programs (v1, legacy).

`training.list_programs_v1` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.training_program_v1 import TrainingProgramV1
    from ...models.training_programs_v1_response import TrainingProgramsV1Response


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
        from ...api.training import list_training_programs_v1 as _training_list_training_programs_v1
        from ...models.training_programs_v1_response import TrainingProgramsV1Response

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
        from ...api.training import list_training_programs_v1 as _training_list_training_programs_v1

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
        from ...api.training import list_training_programs_v1 as _training_list_training_programs_v1

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
        from ...api.training import list_training_programs_v1 as _training_list_training_programs_v1
        from ...models.training_programs_v1_response import TrainingProgramsV1Response

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
        from ...api.training import list_training_programs_v1 as _training_list_training_programs_v1

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
        concurrency: int | None = None,
    ) -> AsyncPager[TrainingProgramV1, TrainingProgramsV1Response]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.training import list_training_programs_v1 as _training_list_training_programs_v1

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
            concurrency,
        )
