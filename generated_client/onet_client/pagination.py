"""Auto-pagination for every paged O*NET operation (start/end windows sized from the spec, adapting to the server)."""

from ._core.paging import Page, PagingInfo, aiter_items, aiter_pages, iter_items, iter_pages, paging_info

__all__ = ["Page", "PagingInfo", "aiter_items", "aiter_pages", "iter_items", "iter_pages", "paging_info"]
