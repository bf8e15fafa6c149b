from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

OccupationReportType = Literal["DE", "FG", "HP", "LE", "MO"] | UnknownEnumValue

OCCUPATION_REPORT_TYPE_VALUES: set[OccupationReportType] = {
    "DE",
    "FG",
    "HP",
    "LE",
    "MO",
}


def check_occupation_report_type(value: str) -> OccupationReportType:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in OCCUPATION_REPORT_TYPE_VALUES:
        return cast(OccupationReportType, value)
    return unknown_str(value)
