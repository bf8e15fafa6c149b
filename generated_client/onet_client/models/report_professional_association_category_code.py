from typing import Literal

ReportProfessionalAssociationCategoryCode = Literal["national", "other", "regional"]

REPORT_PROFESSIONAL_ASSOCIATION_CATEGORY_CODE_VALUES: set[ReportProfessionalAssociationCategoryCode] = {
    "national",
    "other",
    "regional",
}


def check_report_professional_association_category_code(value: str) -> ReportProfessionalAssociationCategoryCode:
    if value in REPORT_PROFESSIONAL_ASSOCIATION_CATEGORY_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPORT_PROFESSIONAL_ASSOCIATION_CATEGORY_CODE_VALUES!r}"
    )
