from typing import Literal

MilitaryMatchBranch = Literal["air_force", "army", "coast_guard", "marine_corps", "navy"]

MILITARY_MATCH_BRANCH_VALUES: set[MilitaryMatchBranch] = {
    "air_force",
    "army",
    "coast_guard",
    "marine_corps",
    "navy",
}


def check_military_match_branch(value: str) -> MilitaryMatchBranch:
    if value in MILITARY_MATCH_BRANCH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MILITARY_MATCH_BRANCH_VALUES!r}")
