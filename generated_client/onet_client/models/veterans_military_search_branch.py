from typing import Literal

VeteransMilitarySearchBranch = Literal["air_force", "all", "army", "coast_guard", "marine_corps", "navy"]

VETERANS_MILITARY_SEARCH_BRANCH_VALUES: set[VeteransMilitarySearchBranch] = {
    "air_force",
    "all",
    "army",
    "coast_guard",
    "marine_corps",
    "navy",
}


def check_veterans_military_search_branch(value: str) -> VeteransMilitarySearchBranch:
    if value in VETERANS_MILITARY_SEARCH_BRANCH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VETERANS_MILITARY_SEARCH_BRANCH_VALUES!r}")
