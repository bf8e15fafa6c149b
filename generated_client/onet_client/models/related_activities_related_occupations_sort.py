from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

RelatedActivitiesRelatedOccupationsSort = Literal["code", "shared", "similar", "title", "zone"] | UnknownEnumValue

RELATED_ACTIVITIES_RELATED_OCCUPATIONS_SORT_VALUES: set[RelatedActivitiesRelatedOccupationsSort] = {
    "code",
    "shared",
    "similar",
    "title",
    "zone",
}


def check_related_activities_related_occupations_sort(value: str) -> RelatedActivitiesRelatedOccupationsSort:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in RELATED_ACTIVITIES_RELATED_OCCUPATIONS_SORT_VALUES:
        return cast(RelatedActivitiesRelatedOccupationsSort, value)
    return unknown_str(value)
