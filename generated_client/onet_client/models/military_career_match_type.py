from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

MilitaryCareerMatchType = Literal["crosswalk", "keyword", "most_duties", "some_duties"] | UnknownEnumValue

MILITARY_CAREER_MATCH_TYPE_VALUES: set[MilitaryCareerMatchType] = {
    "crosswalk",
    "keyword",
    "most_duties",
    "some_duties",
}


def check_military_career_match_type(value: str) -> MilitaryCareerMatchType:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in MILITARY_CAREER_MATCH_TYPE_VALUES:
        return cast(MilitaryCareerMatchType, value)
    return unknown_str(value)
