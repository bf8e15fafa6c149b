"""List certifications.

`credentials.list_certifications` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.certification import Certification
    from ...models.certifications_response import CertificationsResponse
    from ...models.error_message import ErrorMessage
    from ...types import UNSET, Unset


class ListCertifications(Operation):
    """List certifications.

    `GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        direct_flag: str,
        industry: str,
        cert_type: str,
        organization: str,
        occupation: str,
        agency: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> CertificationsResponse:
        """List certifications.

        `GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-real-response).

        Uncertain: the filter values are known only second-hand. The directFlag codes are reported as `D`
        for direct and `A` for all. The facet count lists and the accreditation legend have unknown inner
        shapes.

        Searches the certification finder by keyword or O*NET code. Returns certification rows with
        accreditation flags, requirement Q&A, and facet counts.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            direct_flag: Direct-match switch. Second-hand sources give `D` (direct) and `A` (all). `0` is
                the default.
            industry: Industry filter. `0` means no filter.
            cert_type: Certification-type filter. `0` means no filter.
            organization: Certifying-organization filter. `0` means no filter.
            occupation: Occupation filter. `0` means no filter.
            agency: Accrediting-agency filter. `0` means no filter.
            sort_column: Sort key (the segment name is singular on these routes). `0` means the default
                order.
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
            CertificationsResponse: the parsed success response

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
        from ...api.credentials import list_certifications as _credentials_list_certifications
        from ...models.certifications_response import CertificationsResponse

        response = _credentials_list_certifications.sync_detailed(
            client=self._client,
            keyword=keyword,
            direct_flag=direct_flag,
            industry=industry,
            cert_type=cert_type,
            organization=organization,
            occupation=occupation,
            agency=agency,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, CertificationsResponse)

    def raw(
        self,
        keyword: str,
        direct_flag: str,
        industry: str,
        cert_type: str,
        organization: str,
        occupation: str,
        agency: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[CertificationsResponse | ErrorMessage]:
        """`GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.credentials import list_certifications as _credentials_list_certifications

        return _credentials_list_certifications.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            direct_flag=direct_flag,
            industry=industry,
            cert_type=cert_type,
            organization=organization,
            occupation=occupation,
            agency=agency,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        direct_flag: str,
        industry: str,
        cert_type: str,
        organization: str,
        occupation: str,
        agency: str,
        sort_column: str,
        sort_directions: str,
        *,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[Certification, CertificationsResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.credentials import list_certifications as _credentials_list_certifications

        return Pager(
            _credentials_list_certifications,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "direct_flag": direct_flag,
                "industry": industry,
                "cert_type": cert_type,
                "organization": organization,
                "occupation": occupation,
                "agency": agency,
                "sort_column": sort_column,
                "sort_directions": sort_directions,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListCertifications(AsyncOperation):
    """List certifications.

    `GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        direct_flag: str,
        industry: str,
        cert_type: str,
        organization: str,
        occupation: str,
        agency: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> CertificationsResponse:
        """List certifications.

        `GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-real-response).

        Uncertain: the filter values are known only second-hand. The directFlag codes are reported as `D`
        for direct and `A` for all. The facet count lists and the accreditation legend have unknown inner
        shapes.

        Searches the certification finder by keyword or O*NET code. Returns certification rows with
        accreditation flags, requirement Q&A, and facet counts.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            direct_flag: Direct-match switch. Second-hand sources give `D` (direct) and `A` (all). `0` is
                the default.
            industry: Industry filter. `0` means no filter.
            cert_type: Certification-type filter. `0` means no filter.
            organization: Certifying-organization filter. `0` means no filter.
            occupation: Occupation filter. `0` means no filter.
            agency: Accrediting-agency filter. `0` means no filter.
            sort_column: Sort key (the segment name is singular on these routes). `0` means the default
                order.
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
            CertificationsResponse: the parsed success response

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
        from ...api.credentials import list_certifications as _credentials_list_certifications
        from ...models.certifications_response import CertificationsResponse

        response = await _credentials_list_certifications.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            direct_flag=direct_flag,
            industry=industry,
            cert_type=cert_type,
            organization=organization,
            occupation=occupation,
            agency=agency,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, CertificationsResponse)

    async def raw(
        self,
        keyword: str,
        direct_flag: str,
        industry: str,
        cert_type: str,
        organization: str,
        occupation: str,
        agency: str,
        sort_column: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[CertificationsResponse | ErrorMessage]:
        """`GET /v1/certificationfinder/{userId}/{keyword}/{directFlag}/{industry}/{certType}/{organization}/{occupation}/{agency}/{sortColumn}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ...api.credentials import list_certifications as _credentials_list_certifications

        return await _credentials_list_certifications.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            direct_flag=direct_flag,
            industry=industry,
            cert_type=cert_type,
            organization=organization,
            occupation=occupation,
            agency=agency,
            sort_column=sort_column,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        direct_flag: str,
        industry: str,
        cert_type: str,
        organization: str,
        occupation: str,
        agency: str,
        sort_column: str,
        sort_directions: str,
        *,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[Certification, CertificationsResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.credentials import list_certifications as _credentials_list_certifications

        return AsyncPager(
            _credentials_list_certifications,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "direct_flag": direct_flag,
                "industry": industry,
                "cert_type": cert_type,
                "organization": organization,
                "occupation": occupation,
                "agency": agency,
                "sort_column": sort_column,
                "sort_directions": sort_directions,
                "enable_meta_data": enable_meta_data,
            },
            concurrency,
        )
