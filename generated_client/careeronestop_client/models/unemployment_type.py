from typing import Literal, cast

from .._core.tolerance import UnknownEnumValue, unknown_str

UnemploymentType = Literal["county", "state"] | UnknownEnumValue

UNEMPLOYMENT_TYPE_VALUES: set[UnemploymentType] = {
    "county",
    "state",
}


def check_unemployment_type(value: str) -> UnemploymentType:
    """The value as sent: a listed value, or UnknownEnumValue for one the spec does not list."""
    if value in UNEMPLOYMENT_TYPE_VALUES:
        return cast(UnemploymentType, value)
    return unknown_str(value)
