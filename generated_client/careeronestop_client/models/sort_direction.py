from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

SortDirection = Literal["0", "ASC", "DESC"] | UnknownEnumValue

SORT_DIRECTION_VALUES: set[SortDirection] = {
    "0",
    "ASC",
    "DESC",
}


def check_sort_direction(value: str) -> SortDirection:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in SORT_DIRECTION_VALUES:
        return cast(SortDirection, value)
    return unknown_str(value)
