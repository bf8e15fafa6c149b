from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

StemTypeOccupationsSort = Literal["code", "job_family", "title"] | UnknownEnumValue

STEM_TYPE_OCCUPATIONS_SORT_VALUES: set[StemTypeOccupationsSort] = {
    "code",
    "job_family",
    "title",
}


def check_stem_type_occupations_sort(value: str) -> StemTypeOccupationsSort:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in STEM_TYPE_OCCUPATIONS_SORT_VALUES:
        return cast(StemTypeOccupationsSort, value)
    return unknown_str(value)
