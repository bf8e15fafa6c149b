from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

ListAllStemOccupationsSort = Literal["code", "job_family", "stem_occupation_type", "title"] | UnknownEnumValue

LIST_ALL_STEM_OCCUPATIONS_SORT_VALUES: set[ListAllStemOccupationsSort] = {
    "code",
    "job_family",
    "stem_occupation_type",
    "title",
}


def check_list_all_stem_occupations_sort(value: str) -> ListAllStemOccupationsSort:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in LIST_ALL_STEM_OCCUPATIONS_SORT_VALUES:
        return cast(ListAllStemOccupationsSort, value)
    return unknown_str(value)
