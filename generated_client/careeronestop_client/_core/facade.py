"""Runtime of the generated facade (<package>/resources/): operation objects, typed pagers, typed pages.

The build generates one class per operation with a typed `__call__` (the success model), `raw` (status,
headers and body whatever the status) and, for paged operations, `iter` (a Pager of the item model). This
module holds what they share, so the generated code stays declarations and one-line bodies.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from contextlib import aclosing
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from ..types import Response
from .errors import UndecodableResponseError

if TYPE_CHECKING:
    from . import paging
    from .client import SDKClient

T = TypeVar("T")
ItemT = TypeVar("ItemT")
DataT = TypeVar("DataT")  # the operation's success model: what one page is, as the API sent it


class Resource:
    """A namespace of operations (one tag of the spec), bound to a client."""

    __slots__ = ("_client",)

    def __init__(self, client: SDKClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class Operation(Resource):
    """One operation, bound to a client; calling it returns the success model or raises a typed error."""

    __slots__ = ()
    _http: ClassVar[str] = ""  # "GET /online/search", set by each generated class

    def _expect(self, response: Response[Any], model: type[T]) -> T:
        """The parsed success model; UndecodableResponseError when a 2xx body did not become one."""
        parsed = response.parsed
        if isinstance(parsed, model):
            return parsed
        method, _, path = self._http.partition(" ")
        raise UndecodableResponseError(
            f"{self._http} returned HTTP {int(response.status_code)} but the body is not a {model.__name__}",
            method=method,
            path=path,
            status_code=int(response.status_code),
        )

    def _raw_client(self) -> SDKClient:
        return self._client._raw_twin()


AsyncOperation = Operation  # the same machinery; the async classes only differ in their generated methods


@dataclass(frozen=True)
class ItemPage(Generic[ItemT, DataT]):
    """One fetched page of a listing: its items (typed), the listing's total and where the page sits."""

    number: int  # 0-based page index
    offset: int  # 0-based index of the first item in the whole listing
    items: list[ItemT]
    total: int | None  # None when the server sent no usable count (e.g. RecordCount "N/A")
    data: DataT  # the operation's parsed success model (the whole page: its other fields too)


def _typed(page: paging.Page) -> ItemPage[Any, Any]:
    return ItemPage(number=page.number, offset=page.offset, items=page.items, total=page.total, data=page.data)


class _Listing:
    """What both pagers hold: the operation module, the client, the limits and the caller's arguments."""

    def __init__(
        self,
        operation: ModuleType,
        client: SDKClient,
        page_size: int | None,
        max_items: int | None,
        params: dict[str, Any],
    ) -> None:
        self._operation, self._client, self._params = operation, client, params
        self._page_size, self._max_items = page_size, max_items

    def _arguments(self) -> dict[str, Any]:
        return {"client": self._client, "page_size": self._page_size, "max_items": self._max_items, **self._params}


class Pager(_Listing, Generic[ItemT, DataT]):
    """All items of a paged operation: iterate it for items, `.pages()` for pages, `.total` for the count.

    `onet.online.search_occupations.iter(keyword="nurse")` is a `Pager[Occupation, KeywordSearchResults]`:
    items are the listing's item model, `page.data` the operation's success model. One page at a time: neither
    the pager nor its generators keep a page bound while the next one is fetched and parsed, so streaming a
    listing peaks near one page's memory.
    """

    _total: int | None = None

    def pages(self) -> Generator[ItemPage[ItemT, DataT], None, None]:
        """Fetch the listing page by page (one request each, in order)."""
        from . import paging  # here: a call that does not page never imports the paginator

        pages = paging.iter_pages(self._operation, **self._arguments())
        try:
            while (page := next(pages, None)) is not None:
                self._total = page.total
                typed = cast(ItemPage[ItemT, DataT], _typed(page))
                del page
                yield typed
                del typed  # released before the next page is asked for
        finally:
            pages.close()

    def __iter__(self) -> Iterator[ItemT]:
        pages = self.pages()
        try:
            while (page := next(pages, None)) is not None:
                items = page.items
                del page
                yield from items
                del items  # released before the next page is asked for
        finally:
            pages.close()

    @property
    def total(self) -> int | None:
        """How many items the API says the listing holds (fetches the first page if none was fetched yet).

        None when the server sent no usable count.
        """
        if self._total is None:
            pages = self.pages()
            try:
                next(pages, None)
            finally:
                pages.close()
        return self._total


class AsyncPager(_Listing, Generic[ItemT, DataT]):
    """Async twin of Pager: `async for` gives items, `.pages()` pages; pages after the first are concurrent.

    `concurrency` caps the requests in flight (default: one per remaining page, at most 8); a new window starts as
    soon as one arrives, not when a whole round has.
    """

    total: int | None = None  # known once a page has arrived; `await fetch_total()` asks for it

    def __init__(
        self,
        operation: ModuleType,
        client: SDKClient,
        page_size: int | None,
        max_items: int | None,
        params: dict[str, Any],
        concurrency: int | None = None,
    ) -> None:
        super().__init__(operation, client, page_size, max_items, params)
        from . import paging

        paging.check_concurrency(operation, concurrency)  # a bad value fails here, before any request
        self._concurrency = concurrency

    def _arguments(self) -> dict[str, Any]:
        return {**super()._arguments(), "concurrency": self._concurrency}

    async def pages(self) -> AsyncGenerator[ItemPage[ItemT, DataT], None]:
        """Fetch the listing's pages, in order."""
        from . import paging

        async with aclosing(paging.aiter_pages(self._operation, **self._arguments())) as pages:
            async for page in pages:
                self.total = page.total
                typed = cast(ItemPage[ItemT, DataT], _typed(page))
                del page
                yield typed
                del typed

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                items = page.items
                del page
                for item in items:
                    yield item
                del items

    async def fetch_total(self) -> int | None:
        """The listing's total, fetching the first page if none was fetched yet (None: the server sent none)."""
        if self.total is None:
            pages = self.pages()
            try:
                await anext(pages, None)
            finally:
                await pages.aclose()
        return self.total
