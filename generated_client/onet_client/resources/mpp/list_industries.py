"""(Unverified path) Industry listing (Mi Próximo Paso).

`mpp.list_industries` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_industry import CareerIndustry
    from ...models.error import Error


class ListIndustries(Operation):
    """(Unverified path) Industry listing (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

    `GET /mpp/industries/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/"

    def __call__(self) -> list[CareerIndustry]:
        """(Unverified path) Industry listing (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

        `GET /mpp/industries/` (confidence: guess).

        Unverified path: candidates are /mpp/industries/ (low-trust Go client) and /mpp/browse/ (v1.9 name),
        and the body (bare array vs {industry: [...]}) is carried over from v1.9.

        /mpp/industries/ is used because the two per-industry career lists must be separate paths
        (most_people / some_people is the only distinct-path form known), and the listing is kept in the
        same family; /mpp/browse/ remains the v1.9 alternative. Lists the industries used to browse careers
        by where people work; each entry links to that industry's careers. (Mi Próximo Paso tree.)

        Returns:
            list[CareerIndustry]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
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
        from ...api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        response = _mpp_list_mpp_industries.sync_detailed(client=self._client)
        return cast("list[CareerIndustry]", response.parsed)

    def raw(self) -> Response[Error | list[CareerIndustry] | str]:
        """`GET /mpp/industries/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        return _mpp_list_mpp_industries.sync_detailed(client=self._raw_client())


class AsyncListIndustries(AsyncOperation):
    """(Unverified path) Industry listing (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

    `GET /mpp/industries/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/"

    async def __call__(self) -> list[CareerIndustry]:
        """(Unverified path) Industry listing (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

        `GET /mpp/industries/` (confidence: guess).

        Unverified path: candidates are /mpp/industries/ (low-trust Go client) and /mpp/browse/ (v1.9 name),
        and the body (bare array vs {industry: [...]}) is carried over from v1.9.

        /mpp/industries/ is used because the two per-industry career lists must be separate paths
        (most_people / some_people is the only distinct-path form known), and the listing is kept in the
        same family; /mpp/browse/ remains the v1.9 alternative. Lists the industries used to browse careers
        by where people work; each entry links to that industry's careers. (Mi Próximo Paso tree.)

        Returns:
            list[CareerIndustry]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
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
        from ...api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        response = await _mpp_list_mpp_industries.asyncio_detailed(client=self._client)
        return cast("list[CareerIndustry]", response.parsed)

    async def raw(self) -> Response[Error | list[CareerIndustry] | str]:
        """`GET /mpp/industries/` returning status, headers and body whatever the status."""
        from ...api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        return await _mpp_list_mpp_industries.asyncio_detailed(client=self._raw_client())
