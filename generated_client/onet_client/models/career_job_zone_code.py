from typing import Literal

CareerJobZoneCode = Literal[1, 2, 3, 4, 5]

CAREER_JOB_ZONE_CODE_VALUES: set[CareerJobZoneCode] = {
    1,
    2,
    3,
    4,
    5,
}


def check_career_job_zone_code(value: int) -> CareerJobZoneCode:
    if value in CAREER_JOB_ZONE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAREER_JOB_ZONE_CODE_VALUES!r}")
