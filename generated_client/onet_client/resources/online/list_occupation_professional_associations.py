"""(Unverified path) Related associations for occupation.

`online.list_occupation_professional_associations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.professional_associations_for_occupation import ProfessionalAssociationsForOccupation


class ListOccupationProfessionalAssociations(Operation):
    """(Unverified path) Related associations for occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

    `GET /online/professional_associations/{code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/{code}"

    def __call__(self, code: str) -> ProfessionalAssociationsForOccupation:
        """(Unverified path) Related associations for occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `source`, `source[*].name`.

        `GET /online/professional_associations/{code}` (confidence: guess).

        Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
        client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

        Lists professional associations relevant to the selected occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ProfessionalAssociationsForOccupation: the parsed success response

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
        from ...api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )
        from ...models.professional_associations_for_occupation import ProfessionalAssociationsForOccupation

        response = _online_list_occupation_professional_associations.sync_detailed(client=self._client, code=code)
        return self._expect(response, ProfessionalAssociationsForOccupation)

    def raw(self, code: str) -> Response[Error | ProfessionalAssociationsForOccupation | str]:
        """`GET /online/professional_associations/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )

        return _online_list_occupation_professional_associations.sync_detailed(client=self._raw_client(), code=code)


class AsyncListOccupationProfessionalAssociations(AsyncOperation):
    """(Unverified path) Related associations for occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

    `GET /online/professional_associations/{code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/{code}"

    async def __call__(self, code: str) -> ProfessionalAssociationsForOccupation:
        """(Unverified path) Related associations for occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `source`, `source[*].name`.

        `GET /online/professional_associations/{code}` (confidence: guess).

        Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
        client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

        Lists professional associations relevant to the selected occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ProfessionalAssociationsForOccupation: the parsed success response

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
        from ...api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )
        from ...models.professional_associations_for_occupation import ProfessionalAssociationsForOccupation

        response = await _online_list_occupation_professional_associations.asyncio_detailed(
            client=self._client, code=code
        )
        return self._expect(response, ProfessionalAssociationsForOccupation)

    async def raw(self, code: str) -> Response[Error | ProfessionalAssociationsForOccupation | str]:
        """`GET /online/professional_associations/{code}` returning status, headers and body whatever the status."""
        from ...api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )

        return await _online_list_occupation_professional_associations.asyncio_detailed(
            client=self._raw_client(), code=code
        )
