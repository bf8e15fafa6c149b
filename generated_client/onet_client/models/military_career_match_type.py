from typing import Literal

MilitaryCareerMatchType = Literal["crosswalk", "keyword", "most_duties", "some_duties"]

MILITARY_CAREER_MATCH_TYPE_VALUES: set[MilitaryCareerMatchType] = {
    "crosswalk",
    "keyword",
    "most_duties",
    "some_duties",
}


def check_military_career_match_type(value: str) -> MilitaryCareerMatchType:
    if value in MILITARY_CAREER_MATCH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MILITARY_CAREER_MATCH_TYPE_VALUES!r}")
