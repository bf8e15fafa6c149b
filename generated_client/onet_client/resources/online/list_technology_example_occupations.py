"""(Unverified path) Technology skills: occupations for example.

`online.list_technology_example_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.technology_search_example_occupation import TechnologySearchExampleOccupation
    from ...models.technology_search_example_occupation_list import TechnologySearchExampleOccupationList
    from ...types import UNSET, Unset


class ListTechnologyExampleOccupations(Operation):
    """(Unverified path) Technology skills: occupations for example.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

    `GET /online/technology/examples/{example_id}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/examples/{example_id}"

    def __call__(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchExampleOccupationList:
        """(Unverified path) Technology skills: occupations for example.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

        `GET /online/technology/examples/{example_id}` (confidence: guess).

        Path template unverified: clients only follow the href from the example search, so the identifier
        form (title or numeric id) is unknown; prefer following that href.

        Pages through the occupations whose technology skills include the chosen example.

        Args:
            example_id: Example identifier as it appears at the end of the href from the example search
                (form unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchExampleOccupationList: the parsed success response

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
        from ...api.online import list_technology_example_occupations as _online_list_technology_example_occupations
        from ...models.technology_search_example_occupation_list import TechnologySearchExampleOccupationList

        response = _online_list_technology_example_occupations.sync_detailed(
            client=self._client, example_id=example_id, start=start, end=end
        )
        return self._expect(response, TechnologySearchExampleOccupationList)

    def raw(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchExampleOccupationList | str]:
        """`GET /online/technology/examples/{example_id}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return _online_list_technology_example_occupations.sync_detailed(
            client=self._raw_client(), example_id=example_id, start=start, end=end
        )

    def iter(
        self, example_id: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologySearchExampleOccupation, TechnologySearchExampleOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return Pager(
            _online_list_technology_example_occupations, self._client, page_size, max_items, {"example_id": example_id}
        )


class AsyncListTechnologyExampleOccupations(AsyncOperation):
    """(Unverified path) Technology skills: occupations for example.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

    `GET /online/technology/examples/{example_id}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/examples/{example_id}"

    async def __call__(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchExampleOccupationList:
        """(Unverified path) Technology skills: occupations for example.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

        `GET /online/technology/examples/{example_id}` (confidence: guess).

        Path template unverified: clients only follow the href from the example search, so the identifier
        form (title or numeric id) is unknown; prefer following that href.

        Pages through the occupations whose technology skills include the chosen example.

        Args:
            example_id: Example identifier as it appears at the end of the href from the example search
                (form unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchExampleOccupationList: the parsed success response

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
        from ...api.online import list_technology_example_occupations as _online_list_technology_example_occupations
        from ...models.technology_search_example_occupation_list import TechnologySearchExampleOccupationList

        response = await _online_list_technology_example_occupations.asyncio_detailed(
            client=self._client, example_id=example_id, start=start, end=end
        )
        return self._expect(response, TechnologySearchExampleOccupationList)

    async def raw(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchExampleOccupationList | str]:
        """`GET /online/technology/examples/{example_id}` returning status, headers and body whatever the status."""
        from ...api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return await _online_list_technology_example_occupations.asyncio_detailed(
            client=self._raw_client(), example_id=example_id, start=start, end=end
        )

    def iter(
        self,
        example_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[TechnologySearchExampleOccupation, TechnologySearchExampleOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return AsyncPager(
            _online_list_technology_example_occupations,
            self._client,
            page_size,
            max_items,
            {"example_id": example_id},
            concurrency,
        )
