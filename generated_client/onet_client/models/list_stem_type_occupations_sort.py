from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

ListStemTypeOccupationsSort = Literal["code", "job_family", "title"] | UnknownEnumValue

LIST_STEM_TYPE_OCCUPATIONS_SORT_VALUES: set[ListStemTypeOccupationsSort] = {
    "code",
    "job_family",
    "title",
}


def check_list_stem_type_occupations_sort(value: str) -> ListStemTypeOccupationsSort:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in LIST_STEM_TYPE_OCCUPATIONS_SORT_VALUES:
        return cast(ListStemTypeOccupationsSort, value)
    return unknown_str(value)
