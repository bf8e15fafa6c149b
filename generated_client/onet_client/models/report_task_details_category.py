from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

ReportTaskDetailsCategory = Literal["Core", "New", "Supplemental"] | UnknownEnumValue

REPORT_TASK_DETAILS_CATEGORY_VALUES: set[ReportTaskDetailsCategory] = {
    "Core",
    "New",
    "Supplemental",
}


def check_report_task_details_category(value: str) -> ReportTaskDetailsCategory:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in REPORT_TASK_DETAILS_CATEGORY_VALUES:
        return cast(ReportTaskDetailsCategory, value)
    return unknown_str(value)
