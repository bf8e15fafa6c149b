from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

EmploymentPatternSortColumn = Literal["0", "EE", "IND", "PCH", "PCT", "PE", "POT"] | UnknownEnumValue

EMPLOYMENT_PATTERN_SORT_COLUMN_VALUES: set[EmploymentPatternSortColumn] = {
    "0",
    "EE",
    "IND",
    "PCH",
    "PCT",
    "PE",
    "POT",
}


def check_employment_pattern_sort_column(value: str) -> EmploymentPatternSortColumn:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in EMPLOYMENT_PATTERN_SORT_COLUMN_VALUES:
        return cast(EmploymentPatternSortColumn, value)
    return unknown_str(value)
