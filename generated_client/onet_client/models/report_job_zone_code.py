from typing import Literal, cast

from .._core.tolerance import UnknownEnumInt, unknown_int

ReportJobZoneCode = Literal[1, 2, 3, 4, 5] | UnknownEnumInt

REPORT_JOB_ZONE_CODE_VALUES: set[ReportJobZoneCode] = {
    1,
    2,
    3,
    4,
    5,
}


def check_report_job_zone_code(value: int) -> ReportJobZoneCode:
    """The value as sent: a listed value, or UnknownEnumInt for one the spec does not list."""
    if value in REPORT_JOB_ZONE_CODE_VALUES:
        return cast(ReportJobZoneCode, value)
    return unknown_int(value)
