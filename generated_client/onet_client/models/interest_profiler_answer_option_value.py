from typing import Literal

InterestProfilerAnswerOptionValue = Literal[1, 2, 3, 4, 5]

INTEREST_PROFILER_ANSWER_OPTION_VALUE_VALUES: set[InterestProfilerAnswerOptionValue] = {
    1,
    2,
    3,
    4,
    5,
}


def check_interest_profiler_answer_option_value(value: int) -> InterestProfilerAnswerOptionValue:
    if value in INTEREST_PROFILER_ANSWER_OPTION_VALUE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEREST_PROFILER_ANSWER_OPTION_VALUE_VALUES!r}")
