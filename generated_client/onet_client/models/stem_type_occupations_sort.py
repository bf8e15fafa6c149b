from typing import Literal

StemTypeOccupationsSort = Literal["code", "job_family", "title"]

STEM_TYPE_OCCUPATIONS_SORT_VALUES: set[StemTypeOccupationsSort] = {
    "code",
    "job_family",
    "title",
}


def check_stem_type_occupations_sort(value: str) -> StemTypeOccupationsSort:
    if value in STEM_TYPE_OCCUPATIONS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEM_TYPE_OCCUPATIONS_SORT_VALUES!r}")
