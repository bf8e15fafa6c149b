from typing import Literal

StemOccupationsSort = Literal["code", "job_family", "stem_occupation_type", "title"]

STEM_OCCUPATIONS_SORT_VALUES: set[StemOccupationsSort] = {
    "code",
    "job_family",
    "stem_occupation_type",
    "title",
}


def check_stem_occupations_sort(value: str) -> StemOccupationsSort:
    if value in STEM_OCCUPATIONS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEM_OCCUPATIONS_SORT_VALUES!r}")
