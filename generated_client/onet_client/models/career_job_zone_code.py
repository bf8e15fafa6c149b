from typing import Literal, cast

from .._core.tolerance import UnknownEnumInt, unknown_int

CareerJobZoneCode = Literal[1, 2, 3, 4, 5] | UnknownEnumInt

CAREER_JOB_ZONE_CODE_VALUES: set[CareerJobZoneCode] = {
    1,
    2,
    3,
    4,
    5,
}


def check_career_job_zone_code(value: int) -> CareerJobZoneCode:
    """The value as sent: a listed value, or UnknownEnumInt for one the spec does not list."""
    if value in CAREER_JOB_ZONE_CODE_VALUES:
        return cast(CareerJobZoneCode, value)
    return unknown_int(value)
