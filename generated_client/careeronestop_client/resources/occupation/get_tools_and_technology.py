"""List tools and technology by occupation.

`occupation.get_tools_and_technology` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.tools_and_technology_response import ToolsAndTechnologyResponse
    from ...types import UNSET, Unset


class GetToolsAndTechnology(Operation):
    """List tools and technology by occupation.

    `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/techtool/{userId}/{onetCode}"

    def __call__(self, onet_code: str, *, enable_meta_data: bool | Unset = False) -> ToolsAndTechnologyResponse:
        """List tools and technology by occupation.

        `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

        Uncertain: the shape comes from typed third-party models, not from the official docs. enableMetaData
        support is a guess. RecordCount is read by a client as the number of tool entries.

        Returns the O*NET tools and technology for one occupation, grouped into categories with example
        items and hot-technology/in-demand flags.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            ToolsAndTechnologyResponse: the parsed success response

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
        from ...api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )
        from ...models.tools_and_technology_response import ToolsAndTechnologyResponse

        response = _occupation_get_tools_and_technology_by_occupation.sync_detailed(
            client=self._client, onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, ToolsAndTechnologyResponse)

    def raw(
        self, onet_code: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | ToolsAndTechnologyResponse]:
        """`GET /v1/techtool/{userId}/{onetCode}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )

        return _occupation_get_tools_and_technology_by_occupation.sync_detailed(
            client=self._raw_client(), onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


class AsyncGetToolsAndTechnology(AsyncOperation):
    """List tools and technology by occupation.

    `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/techtool/{userId}/{onetCode}"

    async def __call__(self, onet_code: str, *, enable_meta_data: bool | Unset = False) -> ToolsAndTechnologyResponse:
        """List tools and technology by occupation.

        `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

        Uncertain: the shape comes from typed third-party models, not from the official docs. enableMetaData
        support is a guess. RecordCount is read by a client as the number of tool entries.

        Returns the O*NET tools and technology for one occupation, grouped into categories with example
        items and hot-technology/in-demand flags.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            ToolsAndTechnologyResponse: the parsed success response

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
        from ...api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )
        from ...models.tools_and_technology_response import ToolsAndTechnologyResponse

        response = await _occupation_get_tools_and_technology_by_occupation.asyncio_detailed(
            client=self._client, onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, ToolsAndTechnologyResponse)

    async def raw(
        self, onet_code: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | ToolsAndTechnologyResponse]:
        """`GET /v1/techtool/{userId}/{onetCode}` returning status, headers and body whatever the status."""
        from ...api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )

        return await _occupation_get_tools_and_technology_by_occupation.asyncio_detailed(
            client=self._raw_client(), onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
