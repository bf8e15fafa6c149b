from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

StemOccupationsSort = Literal["code", "job_family", "stem_occupation_type", "title"] | UnknownEnumValue

STEM_OCCUPATIONS_SORT_VALUES: set[StemOccupationsSort] = {
    "code",
    "job_family",
    "stem_occupation_type",
    "title",
}


def check_stem_occupations_sort(value: str) -> StemOccupationsSort:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in STEM_OCCUPATIONS_SORT_VALUES:
        return cast(StemOccupationsSort, value)
    return unknown_str(value)
