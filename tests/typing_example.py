"""Typed usage of both SDKs; `tox -e type` runs mypy --strict on it (it makes no requests when imported)."""

from __future__ import annotations

from careeronestop_client import CareerOneStopClient
from careeronestop_client.api.occupation import get_occupation_details
from careeronestop_client.models import OccupationDetailsResponse
from onet_client import OnetClient
from onet_client.api.online import get_occupation_overview, keyword_search
from onet_client.models import KeywordSearchResults, OccupationOverview
from onet_client.pagination import iter_items


def occupation_title(client: OnetClient, code: str) -> str | None:
    overview = get_occupation_overview.sync(code, client=client)
    if isinstance(overview, OccupationOverview):
        return overview.title
    return None


def first_page_total(client: OnetClient, keyword: str) -> int:
    page = keyword_search.sync(client=client, keyword=keyword)
    return page.total if isinstance(page, KeywordSearchResults) else 0


def all_codes(client: OnetClient, keyword: str) -> list[str]:
    return [item.code for item in iter_items(keyword_search, client=client, keyword=keyword)]


def details_title(client: CareerOneStopClient) -> str | None:
    response = get_occupation_details.sync("{userId}", "29-1141.00", "US", client=client)
    if isinstance(response, OccupationDetailsResponse) and response.occupation_detail:
        title = response.occupation_detail[0].onet_title
        return title if isinstance(title, str) else None
    return None
