# mypy: disallow-any-expr
"""Typed usage of both SDKs through the namespaced clients: no isinstance guards, no Any.

`tox -e type` runs `mypy --strict --disallow-any-expr` on this file; tests/sdk/test_facade.py also runs these
functions against a mocked API, so they are exercised as well as type-checked.
"""

from __future__ import annotations

from typing import assert_type

import dol_career_sdks
from careeronestop_client import CareerOneStopClient
from onet_client import AsyncOnetClient, ItemPage, OnetClient, Pager
from onet_client.exceptions import NotFoundError
from onet_client.models import KeywordSearchOccupation, KeywordSearchResults, OccupationItem


def first_page_total(onet: OnetClient, keyword: str) -> int:
    results = onet.online.search_occupations(keyword=keyword)
    return results.total


def occupation_title(onet: OnetClient, code: str) -> str:
    return onet.online.get_occupation_overview(code).title


def top_task(onet: OnetClient, code: str) -> str:
    tasks = onet.online.get_details_tasks(code)  # observed in real bodies: a task's title is required, so a str
    return tasks.task[0].title if tasks.task else ""


def first_occupation(onet: OnetClient) -> OccupationItem | None:
    for item in onet.online.list_occupations.iter(max_items=1):
        assert_type(item, OccupationItem)  # mypy checks that paging yields the item model, not Any
        return item
    return None


def misspelt_field_is_a_type_error(item: OccupationItem) -> None:
    """Response models make additional_properties on first read through a __getattr__ hidden from type checkers:
    a misspelt field stays a type error (this ignore is needed; --strict rejects an unused one)."""
    item.titel  # type: ignore[attr-defined]  # noqa: B018


def all_codes(onet: OnetClient) -> list[str]:
    return [occupation.code for occupation in onet.online.list_occupations.iter()]


def first_codes(onet: OnetClient, keyword: str, count: int) -> tuple[int | None, list[str]]:
    pager = onet.online.search_occupations.iter(keyword=keyword, page_size=count, max_items=count)
    codes = [occupation.code for page in pager.pages() for occupation in page.items]
    return pager.total, codes


async def all_codes_async(onet: AsyncOnetClient) -> list[str]:
    items: list[OccupationItem] = [item async for item in onet.online.list_occupations.iter()]
    return [item.code for item in items]


def details_title(cos: CareerOneStopClient, code: str) -> str:
    details = cos.occupation.get_details(code, "US")
    return (details.occupation_detail[0].onet_title or "") if details.occupation_detail else ""


def title_or_none(onet: OnetClient, code: str) -> str | None:
    try:
        return onet.online.get_occupation_overview(code).title
    except NotFoundError as error:
        print(f"no occupation {code}: HTTP {error.status_code}")
        return None


def page_totals(onet: OnetClient, keyword: str) -> list[int]:
    pager = onet.online.search_occupations.iter(keyword=keyword, max_items=5)
    assert_type(pager, Pager[KeywordSearchOccupation, KeywordSearchResults])
    totals: list[int] = []
    for page in pager.pages():
        assert_type(page, ItemPage[KeywordSearchOccupation, KeywordSearchResults])
        totals.append(page.data.total)  # the success model, typed: no Any
    return totals


def title_from_either(onet: OnetClient, cos: CareerOneStopClient, code: str) -> str | None:
    try:
        return onet.online.get_occupation_overview(code).title or details_title(cos, code)
    except dol_career_sdks.NotFoundError as error:  # both packages' "not found", one class
        return error.detail
