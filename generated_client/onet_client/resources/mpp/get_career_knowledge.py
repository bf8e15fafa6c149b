"""Knowledge (Mi Próximo Paso).

`mpp.get_career_knowledge` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.career_element_group import CareerElementGroup
    from ...models.error import Error


class GetCareerKnowledge(Operation):
    """Knowledge (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/knowledge"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Knowledge (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to be the /mnm top-level array
        of groups.

        Returns the career's knowledge areas grouped into categories, as a top-level array. (Mi Próximo Paso
        tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

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
        from ...api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        response = _mpp_get_mpp_career_knowledge.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/knowledge` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        return _mpp_get_mpp_career_knowledge.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerKnowledge(AsyncOperation):
    """Knowledge (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/knowledge"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Knowledge (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to be the /mnm top-level array
        of groups.

        Returns the career's knowledge areas grouped into categories, as a top-level array. (Mi Próximo Paso
        tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

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
        from ...api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        response = await _mpp_get_mpp_career_knowledge.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/knowledge` returning status, headers and body whatever the status."""
        from ...api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        return await _mpp_get_mpp_career_knowledge.asyncio_detailed(client=self._raw_client(), code=code)
