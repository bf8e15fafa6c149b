from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

MilitaryBranchFilter = Literal["air_force", "all", "army", "coast_guard", "marine_corps", "navy"] | UnknownEnumValue

MILITARY_BRANCH_FILTER_VALUES: set[MilitaryBranchFilter] = {
    "air_force",
    "all",
    "army",
    "coast_guard",
    "marine_corps",
    "navy",
}


def check_military_branch_filter(value: str) -> MilitaryBranchFilter:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in MILITARY_BRANCH_FILTER_VALUES:
        return cast(MilitaryBranchFilter, value)
    return unknown_str(value)
