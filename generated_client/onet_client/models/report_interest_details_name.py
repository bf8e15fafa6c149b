from typing import Literal

ReportInterestDetailsName = Literal["Artistic", "Conventional", "Enterprising", "Investigative", "Realistic", "Social"]

REPORT_INTEREST_DETAILS_NAME_VALUES: set[ReportInterestDetailsName] = {
    "Artistic",
    "Conventional",
    "Enterprising",
    "Investigative",
    "Realistic",
    "Social",
}


def check_report_interest_details_name(value: str) -> ReportInterestDetailsName:
    if value in REPORT_INTEREST_DETAILS_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_INTEREST_DETAILS_NAME_VALUES!r}")
