from typing import Literal

RelatedActivitiesResultsSort = Literal["code", "shared", "similar", "title", "zone"]

RELATED_ACTIVITIES_RESULTS_SORT_VALUES: set[RelatedActivitiesResultsSort] = {
    "code",
    "shared",
    "similar",
    "title",
    "zone",
}


def check_related_activities_results_sort(value: str) -> RelatedActivitiesResultsSort:
    if value in RELATED_ACTIVITIES_RESULTS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RELATED_ACTIVITIES_RESULTS_SORT_VALUES!r}")
