from typing import Literal

MilitaryBranchFilter = Literal["air_force", "all", "army", "coast_guard", "marine_corps", "navy"]

MILITARY_BRANCH_FILTER_VALUES: set[MilitaryBranchFilter] = {
    "air_force",
    "all",
    "army",
    "coast_guard",
    "marine_corps",
    "navy",
}


def check_military_branch_filter(value: str) -> MilitaryBranchFilter:
    if value in MILITARY_BRANCH_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MILITARY_BRANCH_FILTER_VALUES!r}")
