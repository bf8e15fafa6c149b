from typing import Literal

InterestProfilerCareerFit = Literal["Best", "Good", "Great"]

INTEREST_PROFILER_CAREER_FIT_VALUES: set[InterestProfilerCareerFit] = {
    "Best",
    "Good",
    "Great",
}


def check_interest_profiler_career_fit(value: str) -> InterestProfilerCareerFit:
    if value in INTEREST_PROFILER_CAREER_FIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEREST_PROFILER_CAREER_FIT_VALUES!r}")
