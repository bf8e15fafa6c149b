from typing import Literal

RelatedActivitiesRelatedOccupationsSort = Literal["code", "shared", "similar", "title", "zone"]

RELATED_ACTIVITIES_RELATED_OCCUPATIONS_SORT_VALUES: set[RelatedActivitiesRelatedOccupationsSort] = {
    "code",
    "shared",
    "similar",
    "title",
    "zone",
}


def check_related_activities_related_occupations_sort(value: str) -> RelatedActivitiesRelatedOccupationsSort:
    if value in RELATED_ACTIVITIES_RELATED_OCCUPATIONS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELATED_ACTIVITIES_RELATED_OCCUPATIONS_SORT_VALUES!r}"
    )
