from typing import Literal

ReportTaskDetailsCategory = Literal["Core", "New", "Supplemental"]

REPORT_TASK_DETAILS_CATEGORY_VALUES: set[ReportTaskDetailsCategory] = {
    "Core",
    "New",
    "Supplemental",
}


def check_report_task_details_category(value: str) -> ReportTaskDetailsCategory:
    if value in REPORT_TASK_DETAILS_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_TASK_DETAILS_CATEGORY_VALUES!r}")
