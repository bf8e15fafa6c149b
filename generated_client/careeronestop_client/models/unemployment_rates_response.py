from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnemploymentRatesResponse")
_PROPERTY_NAMES = frozenset(
    {
        "CountyList",
        "StateList",
    }
)


@_attrs_define
class UnemploymentRatesResponse:
    """Unemployment rates. CountyList holds county rows; StateList is the guessed key for state rows."""

    county_list: list[UnemploymentRateRow] | None | Unset = UNSET
    state_list: list[UnemploymentRateRow] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.county_list, Unset):
            county_list = UNSET
        elif isinstance(self.county_list, list):
            county_list = []
            for county_list_type_0_item_data in self.county_list:
                county_list_type_0_item = county_list_type_0_item_data.to_dict()
                county_list.append(county_list_type_0_item)

        else:
            county_list = self.county_list

        state_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.state_list, Unset):
            state_list = UNSET
        elif isinstance(self.state_list, list):
            state_list = []
            for state_list_type_0_item_data in self.state_list:
                state_list_type_0_item = state_list_type_0_item_data.to_dict()
                state_list.append(state_list_type_0_item)

        else:
            state_list = self.state_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if county_list is not UNSET:
            field_dict["CountyList"] = county_list
        if state_list is not UNSET:
            field_dict["StateList"] = state_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_county_list(data: object) -> list[UnemploymentRateRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                county_list_type_0 = []
                _county_list_type_0 = data
                for county_list_type_0_item_data in _county_list_type_0:
                    county_list_type_0_item = UnemploymentRateRow.from_dict(county_list_type_0_item_data)

                    county_list_type_0.append(county_list_type_0_item)

                return county_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UnemploymentRateRow] | None | Unset, data)

        county_list = _parse_county_list(src_dict.get("CountyList", UNSET))

        def _parse_state_list(data: object) -> list[UnemploymentRateRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                state_list_type_0 = []
                _state_list_type_0 = data
                for state_list_type_0_item_data in _state_list_type_0:
                    state_list_type_0_item = UnemploymentRateRow.from_dict(state_list_type_0_item_data)

                    state_list_type_0.append(state_list_type_0_item)

                return state_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UnemploymentRateRow] | None | Unset, data)

        state_list = _parse_state_list(src_dict.get("StateList", UNSET))

        unemployment_rates_response = cls(
            county_list=county_list,
            state_list=state_list,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return unemployment_rates_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        unemployment_rates_response.additional_properties = d
        return unemployment_rates_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.unemployment_rate_row import UnemploymentRateRow  # noqa: E402
