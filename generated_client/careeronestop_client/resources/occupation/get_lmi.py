"""Get labor market information by occupation.

`occupation.get_lmi` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.lmi_response import LmiResponse
    from ...types import UNSET, Unset


class GetLmi(Operation):
    """Get labor market information by occupation.

    `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/lmi/{userId}/{onetCode}/{location}"

    def __call__(self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False) -> LmiResponse:
        """Get labor market information by occupation.

        `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

        Uncertain: the fields come from clients reading individual keys. SocCode and SocTitle inside SocInfo
        are assumed. One client reports that state and county locations return empty values, with data only
        for `US`.

        Returns a short labor-market snapshot for one occupation: state and national average pay, typical
        training, and career outlook.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LmiResponse: the parsed success response

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
        from ...api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation
        from ...models.lmi_response import LmiResponse

        response = _occupation_get_lmi_by_occupation.sync_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LmiResponse)

    def raw(
        self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | LmiResponse]:
        """`GET /v1/lmi/{userId}/{onetCode}/{location}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation

        return _occupation_get_lmi_by_occupation.sync_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetLmi(AsyncOperation):
    """Get labor market information by occupation.

    `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/lmi/{userId}/{onetCode}/{location}"

    async def __call__(self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False) -> LmiResponse:
        """Get labor market information by occupation.

        `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

        Uncertain: the fields come from clients reading individual keys. SocCode and SocTitle inside SocInfo
        are assumed. One client reports that state and county locations return empty values, with data only
        for `US`.

        Returns a short labor-market snapshot for one occupation: state and national average pay, typical
        training, and career outlook.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LmiResponse: the parsed success response

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
        from ...api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation
        from ...models.lmi_response import LmiResponse

        response = await _occupation_get_lmi_by_occupation.asyncio_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LmiResponse)

    async def raw(
        self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | LmiResponse]:
        """`GET /v1/lmi/{userId}/{onetCode}/{location}` returning status, headers and body whatever the status."""
        from ...api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation

        return await _occupation_get_lmi_by_occupation.asyncio_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
