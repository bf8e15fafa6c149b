from typing import Literal

InterestProfilerAreaCode = Literal["artistic", "conventional", "enterprising", "investigative", "realistic", "social"]

INTEREST_PROFILER_AREA_CODE_VALUES: set[InterestProfilerAreaCode] = {
    "artistic",
    "conventional",
    "enterprising",
    "investigative",
    "realistic",
    "social",
}


def check_interest_profiler_area_code(value: str) -> InterestProfilerAreaCode:
    if value in INTEREST_PROFILER_AREA_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEREST_PROFILER_AREA_CODE_VALUES!r}")
