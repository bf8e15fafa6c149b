"""(Unverified path) Associations across all occupations.

`online.list_all_professional_associations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.professional_association import ProfessionalAssociation
    from ...models.professional_associations_all_list import ProfessionalAssociationsAllList
    from ...types import UNSET, Unset


class ListAllProfessionalAssociations(Operation):
    """(Unverified path) Associations across all occupations.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/all. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `association`, `association[*].name`.

    `GET /online/professional_associations/all` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/all"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ProfessionalAssociationsAllList:
        """(Unverified path) Associations across all occupations.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/all. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `association`, `association[*].name`.

        `GET /online/professional_associations/all` (confidence: guess).

        Path unverified: /online/professional_associations/all or /online/associations/all (Go client); the
        list member name association is the Go client's guess.

        Pages through professional associations linked to any occupation.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ProfessionalAssociationsAllList: the parsed success response

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
        from ...api.online import list_all_professional_associations as _online_list_all_professional_associations
        from ...models.professional_associations_all_list import ProfessionalAssociationsAllList

        response = _online_list_all_professional_associations.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, ProfessionalAssociationsAllList)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ProfessionalAssociationsAllList | str]:
        """`GET /online/professional_associations/all` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_all_professional_associations as _online_list_all_professional_associations

        return _online_list_all_professional_associations.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ProfessionalAssociation, ProfessionalAssociationsAllList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_all_professional_associations as _online_list_all_professional_associations

        return Pager(_online_list_all_professional_associations, self._client, page_size, max_items, {})


class AsyncListAllProfessionalAssociations(AsyncOperation):
    """(Unverified path) Associations across all occupations.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/all. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `association`, `association[*].name`.

    `GET /online/professional_associations/all` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/all"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ProfessionalAssociationsAllList:
        """(Unverified path) Associations across all occupations.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/all. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `association`, `association[*].name`.

        `GET /online/professional_associations/all` (confidence: guess).

        Path unverified: /online/professional_associations/all or /online/associations/all (Go client); the
        list member name association is the Go client's guess.

        Pages through professional associations linked to any occupation.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ProfessionalAssociationsAllList: the parsed success response

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
        from ...api.online import list_all_professional_associations as _online_list_all_professional_associations
        from ...models.professional_associations_all_list import ProfessionalAssociationsAllList

        response = await _online_list_all_professional_associations.asyncio_detailed(
            client=self._client, start=start, end=end
        )
        return self._expect(response, ProfessionalAssociationsAllList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ProfessionalAssociationsAllList | str]:
        """`GET /online/professional_associations/all` returning status, headers and body whatever the status."""
        from ...api.online import list_all_professional_associations as _online_list_all_professional_associations

        return await _online_list_all_professional_associations.asyncio_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None, concurrency: int | None = None
    ) -> AsyncPager[ProfessionalAssociation, ProfessionalAssociationsAllList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_all_professional_associations as _online_list_all_professional_associations

        return AsyncPager(
            _online_list_all_professional_associations, self._client, page_size, max_items, {}, concurrency
        )
