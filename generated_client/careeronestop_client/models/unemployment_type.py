from typing import Literal

UnemploymentType = Literal["county", "state"]

UNEMPLOYMENT_TYPE_VALUES: set[UnemploymentType] = {
    "county",
    "state",
}


def check_unemployment_type(value: str) -> UnemploymentType:
    if value in UNEMPLOYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNEMPLOYMENT_TYPE_VALUES!r}")
