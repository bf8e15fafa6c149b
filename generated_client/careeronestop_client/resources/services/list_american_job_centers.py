"""List American Job Centers by location.

`services.list_american_job_centers` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.american_job_center import AmericanJobCenter
    from ...models.american_job_centers_response import AmericanJobCentersResponse
    from ...models.error_message import ErrorMessage
    from ...types import UNSET, Unset


class ListAmericanJobCenters(Operation):
    """List American Job Centers by location.

    `GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        location: str,
        radius: int,
        center_type: str,
        youth_services: str,
        workers_services: str,
        business_services: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> AmericanJobCentersResponse:
        """List American Job Centers by location.

        `GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the order of the three service filters comes from one typed client. Distance, Latitude
        and Longitude have been seen both as strings and as numbers. enableMetaData support is a guess.

        Lists American Job Centers near a location, nearest first. Each center has an address, contacts,
        opening hours and service lists. AreaValidationErr is set when the location cannot be resolved. The
        sort key `Distance` has been seen (an old client used `GEOCODE`).

        Args:
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            center_type: Comprehensive or affiliate filter. `0` means all.
            youth_services: Youth-service filter. `0` means no filter.
            workers_services: Worker-service filter. `0` means no filter.
            business_services: Business-service filter. `0` means no filter.
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
            AmericanJobCentersResponse: the parsed success response

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
        from ...api.services import list_american_job_centers as _services_list_american_job_centers
        from ...models.american_job_centers_response import AmericanJobCentersResponse

        response = _services_list_american_job_centers.sync_detailed(
            client=self._client,
            location=location,
            radius=radius,
            center_type=center_type,
            youth_services=youth_services,
            workers_services=workers_services,
            business_services=business_services,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, AmericanJobCentersResponse)

    def raw(
        self,
        location: str,
        radius: int,
        center_type: str,
        youth_services: str,
        workers_services: str,
        business_services: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[AmericanJobCentersResponse | ErrorMessage]:
        """`GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.services import list_american_job_centers as _services_list_american_job_centers

        return _services_list_american_job_centers.sync_detailed(
            client=self._raw_client(),
            location=location,
            radius=radius,
            center_type=center_type,
            youth_services=youth_services,
            workers_services=workers_services,
            business_services=business_services,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        location: str,
        radius: int,
        center_type: str,
        youth_services: str,
        workers_services: str,
        business_services: str,
        sort_columns: str,
        sort_directions: str,
        *,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[AmericanJobCenter, AmericanJobCentersResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.services import list_american_job_centers as _services_list_american_job_centers

        return Pager(
            _services_list_american_job_centers,
            self._client,
            page_size,
            max_items,
            {
                "location": location,
                "radius": radius,
                "center_type": center_type,
                "youth_services": youth_services,
                "workers_services": workers_services,
                "business_services": business_services,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListAmericanJobCenters(AsyncOperation):
    """List American Job Centers by location.

    `GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        location: str,
        radius: int,
        center_type: str,
        youth_services: str,
        workers_services: str,
        business_services: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> AmericanJobCentersResponse:
        """List American Job Centers by location.

        `GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the order of the three service filters comes from one typed client. Distance, Latitude
        and Longitude have been seen both as strings and as numbers. enableMetaData support is a guess.

        Lists American Job Centers near a location, nearest first. Each center has an address, contacts,
        opening hours and service lists. AreaValidationErr is set when the location cannot be resolved. The
        sort key `Distance` has been seen (an old client used `GEOCODE`).

        Args:
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            center_type: Comprehensive or affiliate filter. `0` means all.
            youth_services: Youth-service filter. `0` means no filter.
            workers_services: Worker-service filter. `0` means no filter.
            business_services: Business-service filter. `0` means no filter.
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
            AmericanJobCentersResponse: the parsed success response

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
        from ...api.services import list_american_job_centers as _services_list_american_job_centers
        from ...models.american_job_centers_response import AmericanJobCentersResponse

        response = await _services_list_american_job_centers.asyncio_detailed(
            client=self._client,
            location=location,
            radius=radius,
            center_type=center_type,
            youth_services=youth_services,
            workers_services=workers_services,
            business_services=business_services,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, AmericanJobCentersResponse)

    async def raw(
        self,
        location: str,
        radius: int,
        center_type: str,
        youth_services: str,
        workers_services: str,
        business_services: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[AmericanJobCentersResponse | ErrorMessage]:
        """`GET /v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.services import list_american_job_centers as _services_list_american_job_centers

        return await _services_list_american_job_centers.asyncio_detailed(
            client=self._raw_client(),
            location=location,
            radius=radius,
            center_type=center_type,
            youth_services=youth_services,
            workers_services=workers_services,
            business_services=business_services,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        location: str,
        radius: int,
        center_type: str,
        youth_services: str,
        workers_services: str,
        business_services: str,
        sort_columns: str,
        sort_directions: str,
        *,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[AmericanJobCenter, AmericanJobCentersResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.services import list_american_job_centers as _services_list_american_job_centers

        return AsyncPager(
            _services_list_american_job_centers,
            self._client,
            page_size,
            max_items,
            {
                "location": location,
                "radius": radius,
                "center_type": center_type,
                "youth_services": youth_services,
                "workers_services": workers_services,
                "business_services": business_services,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
                "enable_meta_data": enable_meta_data,
            },
            concurrency,
        )
