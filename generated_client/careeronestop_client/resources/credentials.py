"""Certifications, licenses and professional associations.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.certification import Certification
    from ..models.certification_detail_response import CertificationDetailResponse
    from ..models.certifications_response import CertificationsResponse
    from ..models.error_message import ErrorMessage
    from ..models.license_ import License
    from ..models.license_detail_response import LicenseDetailResponse
    from ..models.licenses_response import LicensesResponse
    from ..models.professional_associations_response import ProfessionalAssociationsResponse
    from ..types import UNSET, Unset


class GetCertificationDetails(Operation):
    """Get certification details by id.

    `GET /v1/certificationfinder/{userId}/{certId}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/certificationfinder/{userId}/{certId}"

    def __call__(self, cert_id: str, *, enable_meta_data: bool | Unset = False) -> CertificationDetailResponse:
        """Get certification details by id.

        `GET /v1/certificationfinder/{userId}/{certId}` (confidence: documented).

        Uncertain: the response has not been observed. It is assumed to reuse the list envelope, with
        CertDetail filled using the same fields as a CertList row. enableMetaData support is a guess.

        Returns one certification by its id (`CertList[].Id`).

        Args:
            cert_id: Certification id, for example `6126-C`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            CertificationDetailResponse: the parsed success response

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
        from ..api.credentials import get_certification_details as _credentials_get_certification_details
        from ..models.certification_detail_response import CertificationDetailResponse

        response = _credentials_get_certification_details.sync_detailed(
            client=self._client, cert_id=cert_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, CertificationDetailResponse)

    def raw(
        self, cert_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[CertificationDetailResponse | ErrorMessage]:
        """`GET /v1/certificationfinder/{userId}/{certId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.credentials import get_certification_details as _credentials_get_certification_details

        return _credentials_get_certification_details.sync_detailed(
            client=self._raw_client(), cert_id=cert_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


class AsyncGetCertificationDetails(AsyncOperation):
    """Get certification details by id.

    `GET /v1/certificationfinder/{userId}/{certId}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/certificationfinder/{userId}/{certId}"

    async def __call__(self, cert_id: str, *, enable_meta_data: bool | Unset = False) -> CertificationDetailResponse:
        """Get certification details by id.

        `GET /v1/certificationfinder/{userId}/{certId}` (confidence: documented).

        Uncertain: the response has not been observed. It is assumed to reuse the list envelope, with
        CertDetail filled using the same fields as a CertList row. enableMetaData support is a guess.

        Returns one certification by its id (`CertList[].Id`).

        Args:
            cert_id: Certification id, for example `6126-C`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            CertificationDetailResponse: the parsed success response

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
        from ..api.credentials import get_certification_details as _credentials_get_certification_details
        from ..models.certification_detail_response import CertificationDetailResponse

        response = await _credentials_get_certification_details.asyncio_detailed(
            client=self._client, cert_id=cert_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, CertificationDetailResponse)

    async def raw(
        self, cert_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[CertificationDetailResponse | ErrorMessage]:
        """`GET /v1/certificationfinder/{userId}/{certId}` returning status, headers and body whatever the status."""
        from ..api.credentials import get_certification_details as _credentials_get_certification_details

        return await _credentials_get_certification_details.asyncio_detailed(
            client=self._raw_client(), cert_id=cert_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


class GetLicenseDetails(Operation):
    """Get license details by id.

    `GET /v1/license/{userId}/{licenseId}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/license/{userId}/{licenseId}"

    def __call__(self, license_id: str, *, enable_meta_data: bool | Unset = False) -> LicenseDetailResponse:
        """Get license details by id.

        `GET /v1/license/{userId}/{licenseId}` (confidence: documented).

        Uncertain: the response has not been observed. LicenseDetail is assumed to carry the same fields as
        a list row.

        Returns one license by its id (`LicenseList[].ID`).

        Args:
            license_id: License id.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LicenseDetailResponse: the parsed success response

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
        from ..api.credentials import get_license_details as _credentials_get_license_details
        from ..models.license_detail_response import LicenseDetailResponse

        response = _credentials_get_license_details.sync_detailed(
            client=self._client, license_id=license_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, LicenseDetailResponse)

    def raw(
        self, license_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | LicenseDetailResponse]:
        """`GET /v1/license/{userId}/{licenseId}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.credentials import get_license_details as _credentials_get_license_details

        return _credentials_get_license_details.sync_detailed(
            client=self._raw_client(), license_id=license_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


class AsyncGetLicenseDetails(AsyncOperation):
    """Get license details by id.

    `GET /v1/license/{userId}/{licenseId}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/license/{userId}/{licenseId}"

    async def __call__(self, license_id: str, *, enable_meta_data: bool | Unset = False) -> LicenseDetailResponse:
        """Get license details by id.

        `GET /v1/license/{userId}/{licenseId}` (confidence: documented).

        Uncertain: the response has not been observed. LicenseDetail is assumed to carry the same fields as
        a list row.

        Returns one license by its id (`LicenseList[].ID`).

        Args:
            license_id: License id.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LicenseDetailResponse: the parsed success response

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
        from ..api.credentials import get_license_details as _credentials_get_license_details
        from ..models.license_detail_response import LicenseDetailResponse

        response = await _credentials_get_license_details.asyncio_detailed(
            client=self._client, license_id=license_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, LicenseDetailResponse)

    async def raw(
        self, license_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | LicenseDetailResponse]:
        """`GET /v1/license/{userId}/{licenseId}` returning status, headers and body whatever the status."""
        from ..api.credentials import get_license_details as _credentials_get_license_details

        return await _credentials_get_license_details.asyncio_detailed(
            client=self._raw_client(), license_id=license_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


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
        from ..api.credentials import list_certifications as _credentials_list_certifications
        from ..models.certifications_response import CertificationsResponse

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
        from ..api.credentials import list_certifications as _credentials_list_certifications

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
        from ..api.credentials import list_certifications as _credentials_list_certifications

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
        from ..api.credentials import list_certifications as _credentials_list_certifications
        from ..models.certifications_response import CertificationsResponse

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
        from ..api.credentials import list_certifications as _credentials_list_certifications

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
    ) -> AsyncPager[Certification, CertificationsResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.credentials import list_certifications as _credentials_list_certifications

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
        )


class ListLicenses(Operation):
    """List licenses.

    `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> LicensesResponse:
        """List licenses.

        `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
        checked. Only the LicenseList key itself is confirmed by client code.

        Searches occupational licenses by keyword or O*NET code within a state, or across all states. Sort
        keys (second-hand): `Title`, `Agency`, `State`. The keyword `0` reportedly means no keyword filter;
        location `US` or `0` means all states.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_mode: Several clients send `literal` for exact-phrase matching.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LicensesResponse: the parsed success response

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
        from ..api.credentials import list_licenses as _credentials_list_licenses
        from ..models.licenses_response import LicensesResponse

        response = _credentials_list_licenses.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LicensesResponse)

    def raw(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | LicensesResponse]:
        """`GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.credentials import list_licenses as _credentials_list_licenses

        return _credentials_list_licenses.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[License, LicensesResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.credentials import list_licenses as _credentials_list_licenses

        return Pager(
            _credentials_list_licenses,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
                "search_mode": search_mode,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListLicenses(AsyncOperation):
    """List licenses.

    `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> LicensesResponse:
        """List licenses.

        `GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: observed-in-typed-client-code).

        Uncertain: the row fields come from a third-party summary of the API Explorer page and have not been
        checked. Only the LicenseList key itself is confirmed by client code.

        Searches occupational licenses by keyword or O*NET code within a state, or across all states. Sort
        keys (second-hand): `Title`, `Agency`, `State`. The keyword `0` reportedly means no keyword filter;
        location `US` or `0` means all states.

        Args:
            keyword: Search text, or an O*NET code where the operation accepts one. Operations that say so
                also take `0` for "no keyword".
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_mode: Several clients send `literal` for exact-phrase matching.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LicensesResponse: the parsed success response

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
        from ..api.credentials import list_licenses as _credentials_list_licenses
        from ..models.licenses_response import LicensesResponse

        response = await _credentials_list_licenses.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LicensesResponse)

    async def raw(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | LicensesResponse]:
        """`GET /v1/license/{userId}/{keyword}/{location}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ..api.credentials import list_licenses as _credentials_list_licenses

        return await _credentials_list_licenses.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            search_mode=search_mode,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        location: str,
        sort_columns: str,
        sort_directions: str,
        *,
        search_mode: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[License, LicensesResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.credentials import list_licenses as _credentials_list_licenses

        return AsyncPager(
            _credentials_list_licenses,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "location": location,
                "sort_columns": sort_columns,
                "sort_directions": sort_directions,
                "search_mode": search_mode,
                "enable_meta_data": enable_meta_data,
            },
        )


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
        from ..api.credentials import list_professional_associations as _credentials_list_professional_associations
        from ..models.professional_associations_response import ProfessionalAssociationsResponse

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
        from ..api.credentials import list_professional_associations as _credentials_list_professional_associations

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
        from ..api.credentials import list_professional_associations as _credentials_list_professional_associations
        from ..models.professional_associations_response import ProfessionalAssociationsResponse

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
        from ..api.credentials import list_professional_associations as _credentials_list_professional_associations

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


class CredentialsResource(Resource):
    """Certifications, licenses and professional associations."""

    __slots__ = ()

    @property
    def get_certification_details(self) -> GetCertificationDetails:
        """Get certification details by id."""
        return GetCertificationDetails(self._client)

    @property
    def get_license_details(self) -> GetLicenseDetails:
        """Get license details by id."""
        return GetLicenseDetails(self._client)

    @property
    def list_certifications(self) -> ListCertifications:
        """List certifications."""
        return ListCertifications(self._client)

    @property
    def list_licenses(self) -> ListLicenses:
        """List licenses."""
        return ListLicenses(self._client)

    @property
    def list_professional_associations(self) -> ListProfessionalAssociations:
        """List professional associations."""
        return ListProfessionalAssociations(self._client)


class AsyncCredentialsResource(Resource):
    """Certifications, licenses and professional associations. (async)"""

    __slots__ = ()

    @property
    def get_certification_details(self) -> AsyncGetCertificationDetails:
        """Get certification details by id."""
        return AsyncGetCertificationDetails(self._client)

    @property
    def get_license_details(self) -> AsyncGetLicenseDetails:
        """Get license details by id."""
        return AsyncGetLicenseDetails(self._client)

    @property
    def list_certifications(self) -> AsyncListCertifications:
        """List certifications."""
        return AsyncListCertifications(self._client)

    @property
    def list_licenses(self) -> AsyncListLicenses:
        """List licenses."""
        return AsyncListLicenses(self._client)

    @property
    def list_professional_associations(self) -> AsyncListProfessionalAssociations:
        """List professional associations."""
        return AsyncListProfessionalAssociations(self._client)
