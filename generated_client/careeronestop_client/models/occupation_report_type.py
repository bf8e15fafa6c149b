from typing import Literal

OccupationReportType = Literal["DE", "FG", "HP", "LE", "MO"]

OCCUPATION_REPORT_TYPE_VALUES: set[OccupationReportType] = {
    "DE",
    "FG",
    "HP",
    "LE",
    "MO",
}


def check_occupation_report_type(value: str) -> OccupationReportType:
    if value in OCCUPATION_REPORT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OCCUPATION_REPORT_TYPE_VALUES!r}")
