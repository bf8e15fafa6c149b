from typing import Literal

ListStemTypeOccupationsSort = Literal["code", "job_family", "title"]

LIST_STEM_TYPE_OCCUPATIONS_SORT_VALUES: set[ListStemTypeOccupationsSort] = {
    "code",
    "job_family",
    "title",
}


def check_list_stem_type_occupations_sort(value: str) -> ListStemTypeOccupationsSort:
    if value in LIST_STEM_TYPE_OCCUPATIONS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_STEM_TYPE_OCCUPATIONS_SORT_VALUES!r}")
