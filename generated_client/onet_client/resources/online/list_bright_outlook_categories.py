"""Bright Outlook category listing.

`online.list_bright_outlook_categories` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.bright_outlook_category import BrightOutlookCategory
    from ...models.error import Error


class ListBrightOutlookCategories(Operation):
    """Bright Outlook category listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].code`, `[*].title`.

    `GET /online/bright_outlook/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/"

    def __call__(self) -> list[BrightOutlookCategory]:
        """Bright Outlook category listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].code`, `[*].title`.

        `GET /online/bright_outlook/` (confidence: guess).

        Unverified: the v2 body was never seen; a bare array of {href, code, title} is assumed from the
        documented STEM type listing (v1.9 wrapped the list in a category member).

        Lists the Bright Outlook categories, e.g. rapid growth and numerous job openings. Each entry links
        to the occupations in that category.

        Returns:
            list[BrightOutlookCategory]: the parsed success response

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
        from ...api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        response = _online_list_bright_outlook_categories.sync_detailed(client=self._client)
        return cast("list[BrightOutlookCategory]", response.parsed)

    def raw(self) -> Response[Error | list[BrightOutlookCategory] | str]:
        """`GET /online/bright_outlook/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        return _online_list_bright_outlook_categories.sync_detailed(client=self._raw_client())


class AsyncListBrightOutlookCategories(AsyncOperation):
    """Bright Outlook category listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].code`, `[*].title`.

    `GET /online/bright_outlook/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/"

    async def __call__(self) -> list[BrightOutlookCategory]:
        """Bright Outlook category listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].code`, `[*].title`.

        `GET /online/bright_outlook/` (confidence: guess).

        Unverified: the v2 body was never seen; a bare array of {href, code, title} is assumed from the
        documented STEM type listing (v1.9 wrapped the list in a category member).

        Lists the Bright Outlook categories, e.g. rapid growth and numerous job openings. Each entry links
        to the occupations in that category.

        Returns:
            list[BrightOutlookCategory]: the parsed success response

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
        from ...api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        response = await _online_list_bright_outlook_categories.asyncio_detailed(client=self._client)
        return cast("list[BrightOutlookCategory]", response.parsed)

    async def raw(self) -> Response[Error | list[BrightOutlookCategory] | str]:
        """`GET /online/bright_outlook/` returning status, headers and body whatever the status."""
        from ...api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        return await _online_list_bright_outlook_categories.asyncio_detailed(client=self._raw_client())
