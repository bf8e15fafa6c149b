"""2019 to 2010.

`taxonomy.convert_2019_to_2010` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.taxonomy_crosswalk_result import TaxonomyCrosswalkResult


class Convert2019To2010(Operation):
    """2019 to 2010.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `code`, `title`, `occupation`.

    `GET /taxonomy/2019/2010/{code}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /taxonomy/2019/2010/{code}"

    def __call__(self, code: str) -> TaxonomyCrosswalkResult:
        """2019 to 2010.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `code`, `title`, `occupation`.

        `GET /taxonomy/2019/2010/{code}` (confidence: observed-in-typed-client-code).

        Three v2 clients put the code in the path (v1.9 used /taxonomy/2010_to_active?code=); the body
        follows a client capture and the v1.9 example, and members beyond code and title of target
        occupations are unknown.

        Maps an O*NET-SOC 2019 code back to O*NET-SOC 2010 codes. The code is read in O*NET-SOC 2019;
        results are given in O*NET-SOC 2010. 'Active' is the taxonomy currently served (O*NET-SOC 2019 since
        O*NET 25.1). An unknown source code gives 422.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            TaxonomyCrosswalkResult: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.taxonomy import convert_taxonomy_2019_to_2010 as _taxonomy_convert_taxonomy_2019_to_2010
        from ...models.taxonomy_crosswalk_result import TaxonomyCrosswalkResult

        response = _taxonomy_convert_taxonomy_2019_to_2010.sync_detailed(client=self._client, code=code)
        return self._expect(response, TaxonomyCrosswalkResult)

    def raw(self, code: str) -> Response[Error | TaxonomyCrosswalkResult | str]:
        """`GET /taxonomy/2019/2010/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.taxonomy import convert_taxonomy_2019_to_2010 as _taxonomy_convert_taxonomy_2019_to_2010

        return _taxonomy_convert_taxonomy_2019_to_2010.sync_detailed(client=self._raw_client(), code=code)


class AsyncConvert2019To2010(AsyncOperation):
    """2019 to 2010.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `code`, `title`, `occupation`.

    `GET /taxonomy/2019/2010/{code}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /taxonomy/2019/2010/{code}"

    async def __call__(self, code: str) -> TaxonomyCrosswalkResult:
        """2019 to 2010.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `code`, `title`, `occupation`.

        `GET /taxonomy/2019/2010/{code}` (confidence: observed-in-typed-client-code).

        Three v2 clients put the code in the path (v1.9 used /taxonomy/2010_to_active?code=); the body
        follows a client capture and the v1.9 example, and members beyond code and title of target
        occupations are unknown.

        Maps an O*NET-SOC 2019 code back to O*NET-SOC 2010 codes. The code is read in O*NET-SOC 2019;
        results are given in O*NET-SOC 2010. 'Active' is the taxonomy currently served (O*NET-SOC 2019 since
        O*NET 25.1). An unknown source code gives 422.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            TaxonomyCrosswalkResult: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.taxonomy import convert_taxonomy_2019_to_2010 as _taxonomy_convert_taxonomy_2019_to_2010
        from ...models.taxonomy_crosswalk_result import TaxonomyCrosswalkResult

        response = await _taxonomy_convert_taxonomy_2019_to_2010.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, TaxonomyCrosswalkResult)

    async def raw(self, code: str) -> Response[Error | TaxonomyCrosswalkResult | str]:
        """`GET /taxonomy/2019/2010/{code}` returning status, headers and body whatever the status."""
        from ...api.taxonomy import convert_taxonomy_2019_to_2010 as _taxonomy_convert_taxonomy_2019_to_2010

        return await _taxonomy_convert_taxonomy_2019_to_2010.asyncio_detailed(client=self._raw_client(), code=code)
