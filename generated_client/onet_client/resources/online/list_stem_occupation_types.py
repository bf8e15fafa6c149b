"""STEM occupation types.

`online.list_stem_occupation_types` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.stem_occupation_type import StemOccupationType


class ListStemOccupationTypes(Operation):
    """STEM occupation types.

    `GET /online/stem_occupations/` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/"

    def __call__(self) -> list[StemOccupationType]:
        """STEM occupation types.

        `GET /online/stem_occupations/` (confidence: documented).

        The body is documented; the listing URL itself is not printed in the manual and is inferred as the
        parent of the documented /online/stem_occupations/{n} links.

        Lists the STEM occupation types, each grouping occupations that need education in science,
        technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
        Attachment C.

        Returns:
            list[StemOccupationType]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        response = _online_list_stem_occupation_types.sync_detailed(client=self._client)
        return cast("list[StemOccupationType]", response.parsed)

    def raw(self) -> Response[Error | list[StemOccupationType] | str]:
        """`GET /online/stem_occupations/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        return _online_list_stem_occupation_types.sync_detailed(client=self._raw_client())


class AsyncListStemOccupationTypes(AsyncOperation):
    """STEM occupation types.

    `GET /online/stem_occupations/` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/"

    async def __call__(self) -> list[StemOccupationType]:
        """STEM occupation types.

        `GET /online/stem_occupations/` (confidence: documented).

        The body is documented; the listing URL itself is not printed in the manual and is inferred as the
        parent of the documented /online/stem_occupations/{n} links.

        Lists the STEM occupation types, each grouping occupations that need education in science,
        technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
        Attachment C.

        Returns:
            list[StemOccupationType]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ...api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        response = await _online_list_stem_occupation_types.asyncio_detailed(client=self._client)
        return cast("list[StemOccupationType]", response.parsed)

    async def raw(self) -> Response[Error | list[StemOccupationType] | str]:
        """`GET /online/stem_occupations/` returning status, headers and body whatever the status."""
        from ...api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        return await _online_list_stem_occupation_types.asyncio_detailed(client=self._raw_client())
