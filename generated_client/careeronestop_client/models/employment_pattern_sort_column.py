from typing import Literal

EmploymentPatternSortColumn = Literal["0", "EE", "IND", "PCH", "PCT", "PE", "POT"]

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
    if value in EMPLOYMENT_PATTERN_SORT_COLUMN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYMENT_PATTERN_SORT_COLUMN_VALUES!r}")
