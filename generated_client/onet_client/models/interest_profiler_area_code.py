from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

InterestProfilerAreaCode = (
    Literal["artistic", "conventional", "enterprising", "investigative", "realistic", "social"] | UnknownEnumValue
)

INTEREST_PROFILER_AREA_CODE_VALUES: set[InterestProfilerAreaCode] = {
    "artistic",
    "conventional",
    "enterprising",
    "investigative",
    "realistic",
    "social",
}


def check_interest_profiler_area_code(value: str) -> InterestProfilerAreaCode:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in INTEREST_PROFILER_AREA_CODE_VALUES:
        return cast(InterestProfilerAreaCode, value)
    return unknown_str(value)
