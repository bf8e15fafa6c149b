from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

RelatedActivitiesResultsSort = Literal["code", "shared", "similar", "title", "zone"] | UnknownEnumValue

RELATED_ACTIVITIES_RESULTS_SORT_VALUES: set[RelatedActivitiesResultsSort] = {
    "code",
    "shared",
    "similar",
    "title",
    "zone",
}


def check_related_activities_results_sort(value: str) -> RelatedActivitiesResultsSort:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in RELATED_ACTIVITIES_RESULTS_SORT_VALUES:
        return cast(RelatedActivitiesResultsSort, value)
    return unknown_str(value)
