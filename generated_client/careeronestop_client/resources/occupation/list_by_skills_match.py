"""List occupations by skills match.

`occupation.list_by_skills_match` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.skills_match_occupations_response import SkillsMatchOccupationsResponse
    from ...types import UNSET, Unset


class ListBySkillsMatch(Operation):
    """List occupations by skills match.

    `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}"

    def __call__(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> SkillsMatchOccupationsResponse:
        """List occupations by skills match.

        `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

        Uncertain: no response body has ever been observed. The OccupationList/RecordCount envelope comes
        from the legacy XML service that this endpoint replaced. The wage, education and training fields of
        each row are unknown and stay as extra properties. enableMetaData support is a guess.

        Given the O*NET code of a current or past job and a location, lists occupations that use similar
        skills and knowledge. The server tells this route apart from the other `/v1/occupation` routes only
        by the number of segments after `userId`.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsMatchOccupationsResponse: the parsed success response

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
        from ...api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match
        from ...models.skills_match_occupations_response import SkillsMatchOccupationsResponse

        response = _occupation_list_occupations_by_skills_match.sync_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsMatchOccupationsResponse)

    def raw(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | SkillsMatchOccupationsResponse]:
        """`GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match

        return _occupation_list_occupations_by_skills_match.sync_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncListBySkillsMatch(AsyncOperation):
    """List occupations by skills match.

    `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}"

    async def __call__(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> SkillsMatchOccupationsResponse:
        """List occupations by skills match.

        `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

        Uncertain: no response body has ever been observed. The OccupationList/RecordCount envelope comes
        from the legacy XML service that this endpoint replaced. The wage, education and training fields of
        each row are unknown and stay as extra properties. enableMetaData support is a guess.

        Given the O*NET code of a current or past job and a location, lists occupations that use similar
        skills and knowledge. The server tells this route apart from the other `/v1/occupation` routes only
        by the number of segments after `userId`.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsMatchOccupationsResponse: the parsed success response

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
        from ...api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match
        from ...models.skills_match_occupations_response import SkillsMatchOccupationsResponse

        response = await _occupation_list_occupations_by_skills_match.asyncio_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsMatchOccupationsResponse)

    async def raw(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | SkillsMatchOccupationsResponse]:
        """`GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` returning status, headers and body whatever the status."""
        from ...api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match

        return await _occupation_list_occupations_by_skills_match.asyncio_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
