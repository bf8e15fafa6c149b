"""Get the skills gap between two occupations.

`skills.get_gap` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.skills_gap_response import SkillsGapResponse
    from ...types import UNSET, Unset


class GetGap(Operation):
    """Get the skills gap between two occupations.

    `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}"

    def __call__(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> SkillsGapResponse:
        """Get the skills gap between two occupations.

        `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

        Uncertain: the fields of the shared-items rows beyond Title and Description are assumed to match the
        gap rows. enableMetaData support is a guess.

        Compares the O*NET skills and knowledge of two occupations. Lists the items the target needs at a
        higher level and the items both share, plus wage, education, license and certification counts for
        each side. Examples use the 8-digit undotted code form.

        Args:
            current_onet_code: Current occupation, usually as an 8-digit undotted O*NET code.
            target_onet_code: Target occupation, in the same format.
            location: `US`, a state code, or a ZIP.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsGapResponse: the parsed success response

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
        from ...api.skills import get_skills_gap as _skills_get_skills_gap
        from ...models.skills_gap_response import SkillsGapResponse

        response = _skills_get_skills_gap.sync_detailed(
            client=self._client,
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsGapResponse)

    def raw(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | SkillsGapResponse]:
        """`GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.skills import get_skills_gap as _skills_get_skills_gap

        return _skills_get_skills_gap.sync_detailed(
            client=self._raw_client(),
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetGap(AsyncOperation):
    """Get the skills gap between two occupations.

    `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}"

    async def __call__(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> SkillsGapResponse:
        """Get the skills gap between two occupations.

        `GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` (confidence: observed-in-real-response).

        Uncertain: the fields of the shared-items rows beyond Title and Description are assumed to match the
        gap rows. enableMetaData support is a guess.

        Compares the O*NET skills and knowledge of two occupations. Lists the items the target needs at a
        higher level and the items both share, plus wage, education, license and certification counts for
        each side. Examples use the 8-digit undotted code form.

        Args:
            current_onet_code: Current occupation, usually as an 8-digit undotted O*NET code.
            target_onet_code: Target occupation, in the same format.
            location: `US`, a state code, or a ZIP.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsGapResponse: the parsed success response

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
        from ...api.skills import get_skills_gap as _skills_get_skills_gap
        from ...models.skills_gap_response import SkillsGapResponse

        response = await _skills_get_skills_gap.asyncio_detailed(
            client=self._client,
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsGapResponse)

    async def raw(
        self,
        current_onet_code: str,
        target_onet_code: str,
        location: str,
        radius: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | SkillsGapResponse]:
        """`GET /v1/skillgap/{userId}/{currentOnetCode}/{targetOnetCode}/{location}/{radius}` returning status, headers and body whatever the status."""
        from ...api.skills import get_skills_gap as _skills_get_skills_gap

        return await _skills_get_skills_gap.asyncio_detailed(
            client=self._raw_client(),
            current_onet_code=current_onet_code,
            target_onet_code=target_onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
