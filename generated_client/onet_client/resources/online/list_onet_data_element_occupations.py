"""O*NET data: occupations for element.

`online.list_onet_data_element_occupations` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.occupation_item import OccupationItem
    from ...models.onet_data_occupation_list import OnetDataOccupationList
    from ...types import UNSET, Unset


class ListOnetDataElementOccupations(Operation):
    """O*NET data: occupations for element.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/{element_id}"

    def __call__(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> OnetDataOccupationList:
        """O*NET data: occupations for element.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

        Unverified: path from client tests and a secondary guide; body, score members and sort values are
        guesses.

        Pages through occupations ordered by how important or prevalent the chosen element is for them.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.
            element_id: Content-model element id.
            sort: Sort order (unverified; values unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OnetDataOccupationList: the parsed success response

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
        from ...api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations
        from ...models.onet_data_occupation_list import OnetDataOccupationList

        response = _online_list_onet_data_element_occupations.sync_detailed(
            client=self._client, descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )
        return self._expect(response, OnetDataOccupationList)

    def raw(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | OnetDataOccupationList | str]:
        """`GET /online/onet_data/{descriptor}/{element_id}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ...api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return _online_list_onet_data_element_occupations.sync_detailed(
            client=self._raw_client(), descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )

    def iter(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[OccupationItem, OnetDataOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ...api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return Pager(
            _online_list_onet_data_element_occupations,
            self._client,
            page_size,
            max_items,
            {"descriptor": descriptor, "element_id": element_id, "sort": sort},
        )


class AsyncListOnetDataElementOccupations(AsyncOperation):
    """O*NET data: occupations for element.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/{element_id}"

    async def __call__(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> OnetDataOccupationList:
        """O*NET data: occupations for element.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

        Unverified: path from client tests and a secondary guide; body, score members and sort values are
        guesses.

        Pages through occupations ordered by how important or prevalent the chosen element is for them.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.
            element_id: Content-model element id.
            sort: Sort order (unverified; values unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OnetDataOccupationList: the parsed success response

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
        from ...api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations
        from ...models.onet_data_occupation_list import OnetDataOccupationList

        response = await _online_list_onet_data_element_occupations.asyncio_detailed(
            client=self._client, descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )
        return self._expect(response, OnetDataOccupationList)

    async def raw(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | OnetDataOccupationList | str]:
        """`GET /online/onet_data/{descriptor}/{element_id}` returning status, headers and body whatever the status."""
        from ...api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return await _online_list_onet_data_element_occupations.asyncio_detailed(
            client=self._raw_client(), descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )

    def iter(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPager[OccupationItem, OnetDataOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first.

        `concurrency` caps the requests in flight (default: one per remaining page, at most 8).
        """
        from ...api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return AsyncPager(
            _online_list_onet_data_element_occupations,
            self._client,
            page_size,
            max_items,
            {"descriptor": descriptor, "element_id": element_id, "sort": sort},
            concurrency,
        )
