from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

InterestProfilerCareerFit = Literal["Best", "Good", "Great"] | UnknownEnumValue

INTEREST_PROFILER_CAREER_FIT_VALUES: set[InterestProfilerCareerFit] = {
    "Best",
    "Good",
    "Great",
}


def check_interest_profiler_career_fit(value: str) -> InterestProfilerCareerFit:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in INTEREST_PROFILER_CAREER_FIT_VALUES:
        return cast(InterestProfilerCareerFit, value)
    return unknown_str(value)
