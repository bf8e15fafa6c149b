"""Get certification details by id.

`credentials.get_certification_details` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.certification_detail_response import CertificationDetailResponse
    from ...models.error_message import ErrorMessage
    from ...types import UNSET, Unset


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
        from ...api.credentials import get_certification_details as _credentials_get_certification_details
        from ...models.certification_detail_response import CertificationDetailResponse

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
        from ...api.credentials import get_certification_details as _credentials_get_certification_details

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
        from ...api.credentials import get_certification_details as _credentials_get_certification_details
        from ...models.certification_detail_response import CertificationDetailResponse

        response = await _credentials_get_certification_details.asyncio_detailed(
            client=self._client, cert_id=cert_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, CertificationDetailResponse)

    async def raw(
        self, cert_id: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[CertificationDetailResponse | ErrorMessage]:
        """`GET /v1/certificationfinder/{userId}/{certId}` returning status, headers and body whatever the status."""
        from ...api.credentials import get_certification_details as _credentials_get_certification_details

        return await _credentials_get_certification_details.asyncio_detailed(
            client=self._raw_client(), cert_id=cert_id, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
