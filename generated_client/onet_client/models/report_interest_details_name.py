from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

ReportInterestDetailsName = (
    Literal["Artistic", "Conventional", "Enterprising", "Investigative", "Realistic", "Social"] | UnknownEnumValue
)

REPORT_INTEREST_DETAILS_NAME_VALUES: set[ReportInterestDetailsName] = {
    "Artistic",
    "Conventional",
    "Enterprising",
    "Investigative",
    "Realistic",
    "Social",
}


def check_report_interest_details_name(value: str) -> ReportInterestDetailsName:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in REPORT_INTEREST_DETAILS_NAME_VALUES:
        return cast(ReportInterestDetailsName, value)
    return unknown_str(value)
