from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

DataLevelOnly = Literal["N", "No", "Y", "Yes"] | UnknownEnumValue

DATA_LEVEL_ONLY_VALUES: set[DataLevelOnly] = {
    "N",
    "No",
    "Y",
    "Yes",
}


def check_data_level_only(value: str) -> DataLevelOnly:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in DATA_LEVEL_ONLY_VALUES:
        return cast(DataLevelOnly, value)
    return unknown_str(value)
