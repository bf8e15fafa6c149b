from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

ReportProfessionalAssociationCategoryCode = Literal["national", "other", "regional"] | UnknownEnumValue

REPORT_PROFESSIONAL_ASSOCIATION_CATEGORY_CODE_VALUES: set[ReportProfessionalAssociationCategoryCode] = {
    "national",
    "other",
    "regional",
}


def check_report_professional_association_category_code(value: str) -> ReportProfessionalAssociationCategoryCode:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in REPORT_PROFESSIONAL_ASSOCIATION_CATEGORY_CODE_VALUES:
        return cast(ReportProfessionalAssociationCategoryCode, value)
    return unknown_str(value)
