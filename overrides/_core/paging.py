"""One pagination abstraction for every paged operation: Page objects plus sync and async iterators.

Which operations page, which parameters move the window and which field holds the items all come from
the spec (via _spec_index.json), so this keeps working when the spec's names or layout change.
"""

from __future__ import annotations

import asyncio
import warnings
from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET
from . import spec_index
from .client import call_kwargs
from .errors import APIStatusError, NoDataError, PaginationError

DEFAULT_CONCURRENCY = 4


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


@dataclass(frozen=True)
class Page:
    """One fetched page: the parsed response, its items, and where it sits in the listing."""

    number: int  # 0-based page index
    offset: int  # 0-based index of the first item in the whole listing
    items: list[Any]
    total: int
    data: Any  # the operation's parsed 200 model


def paging_info(operation: ModuleType) -> PagingInfo:
    """Paging facts for a generated operation module; TypeError if the operation is not paged."""
    op = spec_index.for_module(operation)
    if op.paging is None:
        raise TypeError(f"{op.describe()} is not a paged operation; call it directly instead")
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
    )


class _Plan:
    """Request arguments for each page, and the checks applied to what comes back."""

    def __init__(
        self, operation: ModuleType, page_size: int | None, max_items: int | None, params: dict[str, Any]
    ) -> None:
        self.info = info = paging_info(operation)
        self.operation = operation
        if info.size_param in params:
            raise TypeError(f"pass page_size= instead of {info.size_param}= (the iterator moves the window)")
        self.begin = int(params.pop(info.start_param, info.first))
        if self.begin < info.first:
            raise ValueError(f"{info.start_param} must be {info.first} or more, not {self.begin}")
        self.page_size = info.max_page_size if page_size is None else page_size
        if not 1 <= self.page_size <= info.max_page_size:
            raise ValueError(f"page_size must be between 1 and {info.max_page_size}, not {self.page_size}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be 0 or more, not {max_items}")
        self.max_items = max_items
        self.params = params
        self.warned = False

    def wanted(self, offset: int, total: int | None = None) -> int:
        """How many items to request for the page starting `offset` items into the listing."""
        size = self.page_size
        if self.max_items is not None:
            size = min(size, self.max_items - offset)
        if total is not None:
            size = min(size, total - offset)
        return size

    def kwargs(self, offset: int, size: int, function: Any, client: Any) -> dict[str, Any]:
        info = self.info
        position = self.begin + offset
        window = position + size - 1 if info.style == "range" else size
        args = {**self.params, info.start_param: position, info.size_param: window}
        return call_kwargs(function, client, args)

    def page(self, number: int, offset: int, response: Any) -> Page:
        status = int(response.status_code)
        data = response.parsed
        reported = getattr(data, self.info.start_param, None) if self.info.style == "range" else None
        if isinstance(reported, int) and reported != self.begin + offset and status < 300:
            raise PaginationError(
                f"{self.info.operation_id}: asked for results from {self.begin + offset} but the page starts at "
                f"{reported}; the listing is not advancing"
            )
        if status >= 300 or data is None:
            raise APIStatusError(
                f"{self.info.operation_id} returned HTTP {status} while paging",
                method="",
                path=self.info.operation_id,
                status_code=status,
                body=response.content.decode("utf-8", "replace")[:500],
                detail=None,
            )
        found: Any = getattr(data, self.info.items_field, UNSET)
        items = [] if found is UNSET or found is None else list(found)
        raw_total = getattr(data, self.info.total_field, UNSET)
        total = int(str(raw_total).replace(",", "")) if raw_total not in (UNSET, None) else offset + len(items)
        return Page(number=number, offset=offset, items=items, total=total, data=data)

    def check(self, page: Page, expected_total: int) -> None:
        """Raise when a page does not advance; warn once when the counts disagree."""
        remaining = expected_total - page.offset
        if not page.items and remaining > 0:
            raise PaginationError(
                f"{self.info.operation_id}: page {page.number} (item {page.offset + self.begin}) returned no items "
                f"although total is {expected_total}; stopping instead of looping"
            )
        if page.total != expected_total:
            self.warn(f"total changed from {expected_total} to {page.total} between pages")

    def warn(self, problem: str) -> None:
        if not self.warned:
            self.warned = True
            warnings.warn(f"{self.info.operation_id}: {problem}", RuntimeWarning, stacklevel=4)

    def finish(self, fetched: int, total: int) -> None:
        limit = total if self.max_items is None else min(total, self.max_items)
        if fetched != limit:
            self.warn(f"reported total={total} but {fetched} items were returned")

    def cap(self, page: Page) -> Page:
        if self.max_items is not None and page.offset + len(page.items) > self.max_items:
            return Page(page.number, page.offset, page.items[: self.max_items - page.offset], page.total, page.data)
        return page


def iter_pages(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[Page]:
    """Fetch a paged operation page by page (one request per page, in order)."""
    plan = _Plan(operation, page_size, max_items, params)
    function = operation.sync_detailed
    offset, number, total = 0, 0, None
    while plan.wanted(offset, total) > 0:
        try:
            response = function(**plan.kwargs(offset, plan.wanted(offset, total), function, client))
        except NoDataError:
            if number == 0:
                return  # CareerOneStop answers an empty listing with 404 "No data available"
            raise
        page = plan.page(number, offset, response)
        if total is None:
            total = page.total
        plan.check(page, total)
        page = plan.cap(page)
        yield page
        offset, number = offset + len(page.items), number + 1
    plan.finish(offset, total or 0)


def iter_items(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Every item of a paged operation, fetching pages as needed."""
    for page in iter_pages(operation, client=client, page_size=page_size, max_items=max_items, **params):
        yield from page.items


async def aiter_pages(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
    max_items: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    **params: Any,
) -> AsyncIterator[Page]:
    """Async pages, in order: after the first page reveals the total, up to `concurrency` fetch at once."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be 1 or more, not {concurrency}")
    plan = _Plan(operation, page_size, max_items, params)
    function = operation.asyncio_detailed

    async def fetch(number: int, offset: int, size: int) -> Page:
        response = await function(**plan.kwargs(offset, size, function, client))
        return plan.page(number, offset, response)

    if plan.wanted(0) <= 0:
        return
    try:
        first = await fetch(0, 0, plan.wanted(0))
    except NoDataError:
        return
    total = first.total
    plan.check(first, total)
    yield plan.cap(first)
    fetched = len(first.items)
    # Remaining windows follow from the total; a sliding window of tasks keeps `concurrency` in flight.
    windows: deque[tuple[int, int, int]] = deque()
    offset, number = fetched, 1
    while fetched and plan.wanted(offset, total) > 0:
        size = plan.wanted(offset, total)
        windows.append((number, offset, size))
        offset, number = offset + size, number + 1
    pending: deque[asyncio.Task[Page]] = deque()
    try:
        while windows or pending:
            while windows and len(pending) < concurrency:
                pending.append(asyncio.ensure_future(fetch(*windows.popleft())))
            page = await pending.popleft()
            plan.check(page, total)
            page = plan.cap(page)
            fetched += len(page.items)
            yield page
    finally:
        for task in pending:
            task.cancel()
    plan.finish(fetched, total)


async def aiter_items(
    operation: ModuleType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
    max_items: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    **params: Any,
) -> AsyncIterator[Any]:
    """Every item of a paged operation, async; pages after the first are fetched concurrently."""
    async for page in aiter_pages(
        operation, client=client, page_size=page_size, max_items=max_items, concurrency=concurrency, **params
    ):
        for item in page.items:
            yield item
