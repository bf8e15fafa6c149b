from typing import Literal, cast

from .._core.tolerance import UnknownEnumInt, unknown_int

InterestProfilerAnswerOptionValue = Literal[1, 2, 3, 4, 5] | UnknownEnumInt

INTEREST_PROFILER_ANSWER_OPTION_VALUE_VALUES: set[InterestProfilerAnswerOptionValue] = {
    1,
    2,
    3,
    4,
    5,
}


def check_interest_profiler_answer_option_value(value: int) -> InterestProfilerAnswerOptionValue:
    """The value as sent: a listed value, or UnknownEnumInt for one the spec does not list."""
    if value in INTEREST_PROFILER_ANSWER_OPTION_VALUE_VALUES:
        return cast(InterestProfilerAnswerOptionValue, value)
    return unknown_int(value)
