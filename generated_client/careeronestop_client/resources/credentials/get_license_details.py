"""Get license details by id.

`credentials.get_license_details` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.license_detail_response import LicenseDetailResponse
    from ...types import UNSET, Unset


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
        from ...api.credentials import get_license_details as _credentials_get_license_details
        from ...models.license_detail_response import LicenseDetailResponse

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
        from ...api.credentials import get_license_details as _credentials_get_license_details

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
        from ...api.credentials import get_license_details as _credentials_get_license_details
        from ...models.license_detail_response import LicenseDetailResponse

        response = await _credentials_get_license_details.asyncio_detailed(
            client=self._client, license_id=license_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, LicenseDetailResponse)

    async def raw(
        self, license_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | LicenseDetailResponse]:
        """`GET /v1/license/{userId}/{licenseId}` returning status, headers and body whatever the status."""
        from ...api.credentials import get_license_details as _credentials_get_license_details

        return await _credentials_get_license_details.asyncio_detailed(
            client=self._raw_client(), license_id=license_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
