"""One pagination abstraction for every paged operation: Page objects plus sync and async iterators.

Which operations page, which parameters move the window and which field holds the items all come from
the spec (via _spec_index.json), so this keeps working when the spec's names or layout change. The spec's page
limit is only the first guess: a window the server refuses with 422 is halved (and the working size remembered
for that operation on that client), a short page is continued from where it actually ended, and anything that
would lose or repeat an item (a page that does not advance, a total that changes, an items field that is not an
array) raises PaginationError. Items come out exactly once, in order.
"""

from __future__ import annotations

import logging
import warnings
import weakref
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from contextlib import aclosing
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET
from . import spec_index
from .client import SDKClient, call_kwargs
from .errors import (
    APIStatusError,
    InvalidParameterError,
    NoDataError,
    NotFoundError,
    PaginationError,
    UsageError,
    ValidationError,
)
from .redaction import redactor_of

LOGGER = logging.getLogger(spec_index.PACKAGE)
MAX_CONCURRENCY = 8  # aiter_* default: one request per remaining page, at most this many at once
DEFAULT_CONCURRENCY = MAX_CONCURRENCY


@dataclass(frozen=True)
class PagingInfo:
    """What the spec says about a paged operation, in the generated code's (Python) names."""

    operation_id: str
    style: str  # "range": start/end, 1-based inclusive (O*NET); "offset": offset + limit (CareerOneStop)
    start_param: str
    size_param: str
    first: int
    max_page_size: int
    total_field: str
    items_field: str
    name: str = ""  # the method as callers write it (`online.search_occupations`), for messages


@dataclass(frozen=True)
class Page:
    """One fetched page: the parsed response, its items, and where it sits in the listing."""

    number: int  # 0-based page index
    offset: int  # 0-based index of the first item in the whole listing
    items: list[Any]
    total: int | None  # the listing's size as the first page announced it; None when the server gave no count
    data: Any  # the operation's parsed 200 model


def paging_info(operation: ModuleType) -> PagingInfo:
    """Paging facts for a generated operation module; TypeError if the operation is not paged."""
    op = spec_index.for_module(operation)
    if op.paging is None:
        raise UsageError(f"{op.describe()} is not a paged operation; call it directly instead")
    p = op.paging
    return PagingInfo(
        operation_id=op.operation_id,
        style=p.style,
        start_param=p.start_param,
        size_param=p.size_param,
        first=p.first,
        max_page_size=p.max_page_size,
        total_field=p.total,
        items_field=p.items[0],
        name=op.name,
    )


def _bad(info: PagingInfo, parameter: str, problem: str) -> InvalidParameterError:
    return InvalidParameterError(f"{info.name}: {problem}", parameter=parameter, operation=info.name)


# Window sizes that worked after the server refused larger ones: per client, per operation.
_learned: dict[int, tuple[weakref.ref[Any], dict[str, int]]] = {}


def _learned_sizes(client: Any) -> dict[str, int]:
    key = id(client)
    entry = _learned.get(key)
    if entry is not None and entry[0]() is client:
        return entry[1]
    sizes: dict[str, int] = {}
    try:
        ref = weakref.ref(client, lambda _ref, key=key: _learned.pop(key, None))  # type: ignore[misc]
    except TypeError:
        return sizes  # not weak-referenceable: nothing is remembered
    _learned[key] = (ref, sizes)
    return sizes


@dataclass(frozen=True)
class _Fetched:
    items: list[Any]
    total: int | None  # None: the server did not say (or said something that is not a count)
    data: Any


class _Plan:
    """Request arguments for each window, the checks on what comes back, and the position reached."""

    def __init__(
        self,
        operation: ModuleType,
        client: Any,
        page_size: int | None,
        max_items: int | None,
        params: dict[str, Any],
    ) -> None:
        self.info = info = paging_info(operation)
        self.operation, self.client = operation, client
        if info.size_param in params:
            raise UsageError(f"pass page_size= instead of {info.size_param}= (the iterator moves the window)")
        self.begin = int(params.pop(info.start_param, info.first))
        if self.begin < info.first:
            raise _bad(info, info.start_param, f"{info.start_param} must be {info.first} or more, not {self.begin}")
        size = info.max_page_size if page_size is None else page_size
        if not 1 <= size <= info.max_page_size:
            raise _bad(info, "page_size", f"page_size must be between 1 and {info.max_page_size}, not {size}")
        self.learned = _learned_sizes(client)
        self.size = min(size, self.learned.get(info.operation_id, size))
        if max_items is not None and max_items < 0:
            raise _bad(info, "max_items", f"max_items must be 0 or more, not {max_items}")
        self.max_items = max_items
        self.params = params
        self.total: int | None = None  # from the first page; later pages must agree
        self.offset = 0  # items yielded so far
        self.number = 0  # pages yielded so far
        # The previous page's length, first and last item: enough to see a listing that does not advance, without
        # keeping a whole page of models alive while the next one is fetched and parsed.
        self.previous: tuple[int, Any, Any] | None = None
        self.warned = False

    # -- requests

    def wanted(self, offset: int) -> int:
        """How many items to request for the window starting `offset` items into the listing."""
        size = self.size
        if self.max_items is not None:
            size = min(size, self.max_items - offset)
        if self.total is not None:
            size = min(size, self.total - offset)
        return size

    def kwargs(self, offset: int, size: int, function: Any) -> dict[str, Any]:
        info = self.info
        position = self.begin + offset
        window = position + size - 1 if info.style == "range" else size
        args = {**self.params, info.start_param: position, info.size_param: window}
        return call_kwargs(function, self.client, args)

    def shrink(self, size: int, exc: ValidationError) -> int:
        """The next smaller window after a 422, or the error again when there is nothing left to shrink."""
        if size <= 1 or isinstance(exc, NotFoundError):  # "no such occupation" is no window problem
            raise exc
        smaller = size // 2
        LOGGER.info("%s: a window of %d was refused (HTTP 422); trying %d", self.info.operation_id, size, smaller)
        return smaller

    def learn(self, asked: int, worked: int) -> None:
        if worked < asked:
            self.size = min(self.size, worked)
            self.learned[self.info.operation_id] = self.size

    def fetch(self, offset: int, size: int) -> _Fetched | None:
        """One window, sync, shrinking on 422; None for CareerOneStop's empty-listing 404."""
        function = self.operation.sync_detailed
        first_size = size
        while True:
            try:
                response = function(**self.kwargs(offset, size, function))
                break
            except ValidationError as exc:
                size = self.shrink(size, exc)
            except NoDataError:
                return None
        self.learn(first_size, size)
        return self.read(offset, response)

    async def afetch(self, offset: int, size: int) -> _Fetched | None:
        """One window, async, shrinking on 422; None for CareerOneStop's empty-listing 404."""
        function = self.operation.asyncio_detailed
        first_size = size
        while True:
            try:
                response = await function(**self.kwargs(offset, size, function))
                break
            except ValidationError as exc:
                size = self.shrink(size, exc)
            except NoDataError:
                return None
        self.learn(first_size, size)
        return self.read(offset, response)

    # -- responses

    def fail(self, problem: str) -> PaginationError:
        message = f"{self.info.name}: {problem}; stopping instead of returning wrong data"
        return PaginationError(redactor_of(self.client)(message))

    def read(self, offset: int, response: Any) -> _Fetched:
        info = self.info
        status = int(response.status_code)
        data = response.parsed
        if status >= 300 or data is None:
            raise APIStatusError(
                f"{info.name} returned HTTP {status} while paging",
                method="",
                path=info.operation_id,
                status_code=status,
                body="",
                detail=None,
            )
        reported = getattr(data, info.start_param, None) if info.style == "range" else None
        if isinstance(reported, int) and reported != self.begin + offset:
            raise self.fail(
                f"asked for results from {self.begin + offset} but the page starts at {reported} "
                "(the listing is not advancing)"
            )
        found: Any = getattr(data, info.items_field, UNSET)
        if found is UNSET or found is None:
            items: list[Any] = []
        elif isinstance(found, list):
            items = found
        else:
            raise self.fail(f"the items field `{info.items_field}` is {type(found).__name__}, not an array")
        return _Fetched(items=items, total=self.count(getattr(data, info.total_field, UNSET)), data=data)

    def count(self, raw: Any) -> int | None:
        if raw is UNSET or raw is None:
            return None
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        text = str(raw).replace(",", "").strip()
        if text.isascii() and text.isdigit():
            return int(text)
        self.warn(f"the total `{self.info.total_field}` is {raw!r}, not a count; paging until an empty page")
        return None

    def accept(self, offset: int, fetched: _Fetched) -> Page | None:
        """Check a page at `offset` against the listing so far; the Page to yield (None when nothing is new)."""
        if self.number == 0 and self.total is None:
            self.total = fetched.total
        elif fetched.total is not None and self.total is not None and fetched.total != self.total:
            raise self.fail(f"the total changed from {self.total} to {fetched.total} between pages")
        items = fetched.items
        if offset < self.offset:  # overlaps what was yielded already (a page longer than asked)
            items = items[self.offset - offset :]
        elif offset > self.offset:
            raise self.fail(f"internal gap between item {self.offset} and {offset}")  # callers never do this
        remaining = None if self.total is None else self.total - self.offset
        if not items:
            if remaining:
                raise self.fail(
                    f"page {self.number} (item {self.offset + self.begin}) returned no items although "
                    f"total is {self.total}"
                )
            return None
        if self.previous is not None and _edges(items) == self.previous:
            raise self.fail(f"page {self.number} repeats the previous page (the listing is not advancing)")
        if self.max_items is not None:
            items = items[: self.max_items - self.offset]
        if remaining is not None and len(items) > remaining:
            items = items[:remaining]
        page = Page(self.number, self.offset, items, self.total, fetched.data)
        self.previous = _edges(fetched.items)
        self.offset += len(items)
        self.number += 1
        return page

    def at_position(self, fetched: _Fetched | None) -> Page | None:
        """accept() for a page fetched at the plan's position; a 404 there (None) means the listing ended early."""
        if fetched is None:
            raise self.fail(f"the listing ended (404 No data) at item {self.offset} of {self.total}")
        return self.accept(self.offset, fetched)

    def done(self) -> bool:
        if self.max_items is not None and self.offset >= self.max_items:
            return True
        return self.total is not None and self.offset >= self.total

    def warn(self, problem: str) -> None:
        if not self.warned:
            self.warned = True
            message = redactor_of(self.client)(f"{self.info.name}: {problem}")
            warnings.warn(message, RuntimeWarning, stacklevel=5)


def _edges(items: list[Any]) -> tuple[int, Any, Any] | None:
    return (len(items), items[0], items[-1]) if items else None


def iter_pages(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client | SDKClient,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Generator[Page, None, None]:
    """Fetch a paged operation page by page (one request per page, in order)."""
    plan = _Plan(operation, client, page_size, max_items, params)
    while not plan.done() and (size := plan.wanted(plan.offset)) > 0:
        fetched = plan.fetch(plan.offset, size)
        if fetched is None and plan.number == 0:
            return  # CareerOneStop answers an empty listing with 404 "No data available"
        page = plan.at_position(fetched)
        if page is None:
            return
        yield page
        del page, fetched  # not kept while the next page is fetched and parsed (peak memory: one page)


def iter_items(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client | SDKClient,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Every item of a paged operation, fetching pages as needed."""
    for page in iter_pages(operation, client=client, page_size=page_size, max_items=max_items, **params):
        items = page.items
        del page  # the page's model goes as soon as its items are out; the next page is fetched without it
        yield from items
        del items


async def _continue(plan: _Plan) -> AsyncIterator[Page]:
    """Sequential paging from where the plan stands (used after a short page and when no total is known)."""
    while not plan.done() and (size := plan.wanted(plan.offset)) > 0:
        page = plan.at_position(await plan.afetch(plan.offset, size))
        if page is None:
            return
        yield page


async def aiter_pages(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client | SDKClient,
    page_size: int | None = None,
    max_items: int | None = None,
    concurrency: int | None = None,
    **params: Any,
) -> AsyncGenerator[Page, None]:
    """Async pages, in order. The first page reveals the total and the window the server really serves; the
    remaining windows follow from those and are fetched `concurrency` at a time (default: one per remaining
    page, at most 8). A page shorter than its window is completed sequentially before the next one is used."""
    check_concurrency(operation, concurrency)
    plan = _Plan(operation, client, page_size, max_items, params)
    if plan.wanted(0) <= 0:
        return
    first = await plan.afetch(0, plan.wanted(0))
    if first is None:
        return
    page = plan.accept(0, first)
    if page is None:
        return
    yield page
    step = len(first.items)
    del first, page
    if plan.total is None or step == 0:
        async for page in _continue(plan):
            yield page
        return
    async with aclosing(_concurrent(plan, _windows(plan, step), concurrency or MAX_CONCURRENCY)) as pages:
        async for page in pages:  # aclosing: stopping early cancels the requests still in flight at once
            yield page
    async for page in _continue(plan):
        yield page


def check_concurrency(operation: ModuleType, concurrency: object) -> None:
    """InvalidParameterError naming `concurrency` and the operation unless it is None or a whole number >= 1."""
    if concurrency is None:
        return
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        info = paging_info(operation)
        raise _bad(info, "concurrency", f"concurrency must be a whole number of 1 or more, not {concurrency!r}")


def _windows(plan: _Plan, step: int) -> deque[tuple[int, int]]:
    """The (offset, size) windows still wanted after the first page, `step` items each."""
    windows: deque[tuple[int, int]] = deque()
    offset = plan.offset
    while (size := min(step, plan.wanted(offset))) > 0:
        windows.append((offset, size))
        offset += size
    return windows


async def _concurrent(plan: _Plan, windows: deque[tuple[int, int]], concurrency: int) -> AsyncGenerator[Page]:
    """Pages of the given windows, in order; short pages are filled.

    A sliding window: up to `concurrency` requests are in flight, and each one that arrives starts the next window
    at once (not when the caller has taken the pages before it, nor when a whole round has arrived). Pages that
    arrived early wait for their turn: at most 2 x `concurrency` windows are started and not yet yielded, so
    memory stays bounded when the caller is slower than the server.
    """
    import asyncio  # here: a sync client imports no asyncio

    limit = min(len(windows), concurrency) or 1
    pending: deque[tuple[int, asyncio.Task[_Fetched | None]]] = deque()  # started, not yet yielded, in order
    flying = 0

    def start() -> None:
        nonlocal flying
        while windows and flying < limit and len(pending) < 2 * limit:
            offset, size = windows.popleft()
            task = asyncio.ensure_future(plan.afetch(offset, size))
            flying += 1
            task.add_done_callback(arrived)
            pending.append((offset, task))

    def arrived(_task: asyncio.Task[_Fetched | None]) -> None:
        nonlocal flying
        flying -= 1
        start()

    try:
        start()
        while pending:
            at, task = pending[0]
            fetched = await task
            pending.popleft()
            start()  # a slot freed by the caller's pace (the buffer was full)
            if fetched is None:
                raise plan.fail(f"the listing ended (404 No data) at item {at} of {plan.total}")
            if at > plan.offset:  # an earlier page came back short: fill the gap before using this one
                async for filled in _fill(plan, at):
                    yield filled
            page = plan.accept(at, fetched) if at + len(fetched.items) > plan.offset else None
            del fetched
            if page is not None:
                yield page
                del page
            if plan.done():
                break
    finally:
        windows.clear()  # no callback starts another window
        for _, task in pending:
            if task.done() and not task.cancelled():
                task.exception()  # retrieved: a failure after ours is not logged as never retrieved
            task.cancel()


async def _fill(plan: _Plan, until: int) -> AsyncIterator[Page]:
    """Sequential pages from the plan's position up to `until` (the start of a window already fetched)."""
    while plan.offset < until:
        size = min(plan.wanted(plan.offset), until - plan.offset)
        if size <= 0:
            return
        page = plan.at_position(await plan.afetch(plan.offset, size))
        if page is None:
            raise plan.fail(f"no items between {plan.offset} and {until}")
        yield page


async def aiter_items(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client | SDKClient,
    page_size: int | None = None,
    max_items: int | None = None,
    concurrency: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """Every item of a paged operation, async; pages after the first are fetched concurrently."""
    async for page in aiter_pages(
        operation, client=client, page_size=page_size, max_items=max_items, concurrency=concurrency, **params
    ):
        items = page.items
        del page
        for item in items:
            yield item
        del items
