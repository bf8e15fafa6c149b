"""Auto-pagination for every paged CareerOneStop operation (offset/limit path segments, RecordCount total).

An empty listing (CareerOneStop's 404 "No data available") yields no items instead of raising.
"""

from ._core.paging import Page, PagingInfo, aiter_items, aiter_pages, iter_items, iter_pages, paging_info

__all__ = ["Page", "PagingInfo", "aiter_items", "aiter_pages", "iter_items", "iter_pages", "paging_info"]
