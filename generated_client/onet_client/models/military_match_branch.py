from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

MilitaryMatchBranch = Literal["air_force", "army", "coast_guard", "marine_corps", "navy"] | UnknownEnumValue

MILITARY_MATCH_BRANCH_VALUES: set[MilitaryMatchBranch] = {
    "air_force",
    "army",
    "coast_guard",
    "marine_corps",
    "navy",
}


def check_military_match_branch(value: str) -> MilitaryMatchBranch:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in MILITARY_MATCH_BRANCH_VALUES:
        return cast(MilitaryMatchBranch, value)
    return unknown_str(value)
