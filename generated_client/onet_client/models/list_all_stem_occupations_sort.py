from typing import Literal

ListAllStemOccupationsSort = Literal["code", "job_family", "stem_occupation_type", "title"]

LIST_ALL_STEM_OCCUPATIONS_SORT_VALUES: set[ListAllStemOccupationsSort] = {
    "code",
    "job_family",
    "stem_occupation_type",
    "title",
}


def check_list_all_stem_occupations_sort(value: str) -> ListAllStemOccupationsSort:
    if value in LIST_ALL_STEM_OCCUPATIONS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ALL_STEM_OCCUPATIONS_SORT_VALUES!r}")
