from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

VeteransMilitarySearchBranch = (
    Literal["air_force", "all", "army", "coast_guard", "marine_corps", "navy"] | UnknownEnumValue
)

VETERANS_MILITARY_SEARCH_BRANCH_VALUES: set[VeteransMilitarySearchBranch] = {
    "air_force",
    "all",
    "army",
    "coast_guard",
    "marine_corps",
    "navy",
}


def check_veterans_military_search_branch(value: str) -> VeteransMilitarySearchBranch:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in VETERANS_MILITARY_SEARCH_BRANCH_VALUES:
        return cast(VeteransMilitarySearchBranch, value)
    return unknown_str(value)
