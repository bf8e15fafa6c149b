from typing import Literal

DataLevelOnly = Literal["N", "No", "Y", "Yes"]

DATA_LEVEL_ONLY_VALUES: set[DataLevelOnly] = {
    "N",
    "No",
    "Y",
    "Yes",
}


def check_data_level_only(value: str) -> DataLevelOnly:
    if value in DATA_LEVEL_ONLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_LEVEL_ONLY_VALUES!r}")
