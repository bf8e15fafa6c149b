from typing import Literal

ReportJobZoneCode = Literal[1, 2, 3, 4, 5]

REPORT_JOB_ZONE_CODE_VALUES: set[ReportJobZoneCode] = {
    1,
    2,
    3,
    4,
    5,
}


def check_report_job_zone_code(value: int) -> ReportJobZoneCode:
    if value in REPORT_JOB_ZONE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_JOB_ZONE_CODE_VALUES!r}")
