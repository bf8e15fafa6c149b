from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationWages")
_PROPERTY_NAMES = frozenset(
    {
        "NationalWagesList",
        "StateWagesList",
        "BLSAreaWagesList",
        "WageYear",
        "SocData",
        "SocWageInfo",
    }
)


@_attrs_define
class OccupationWages:
    """OEWS wages at national, state and area level. The documentation calls the lists objects, but the JSON has arrays."""

    national_wages_list: list[WagePercentiles] | Unset = UNSET
    """ National rows, normally one Hourly row and one Annual row. """
    state_wages_list: list[WagePercentiles] | None | Unset = UNSET
    """ Rows for the state of the requested location. """
    bls_area_wages_list: list[WagePercentiles] | None | Unset = UNSET
    """ Rows for the metro or non-metro area of the requested location. """
    wage_year: str | Unset = UNSET
    """ OEWS reference year. """
    soc_data: str | Unset = UNSET
    """ Yes/No flag. The docs say it is always yes. """
    soc_wage_info: None | SocInfo | Unset = UNSET
    """ The SOC/OEWS occupation the wages actually describe, which may be broader than the O*NET code. The
    documentation places this block on OccupationDetail, but clients read it inside Wages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        national_wages_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.national_wages_list, Unset):
            national_wages_list = []
            for national_wages_list_item_data in self.national_wages_list:
                national_wages_list_item = national_wages_list_item_data.to_dict()
                national_wages_list.append(national_wages_list_item)

        state_wages_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.state_wages_list, Unset):
            state_wages_list = UNSET
        elif isinstance(self.state_wages_list, list):
            state_wages_list = []
            for state_wages_list_type_0_item_data in self.state_wages_list:
                state_wages_list_type_0_item = state_wages_list_type_0_item_data.to_dict()
                state_wages_list.append(state_wages_list_type_0_item)

        else:
            state_wages_list = self.state_wages_list

        bls_area_wages_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.bls_area_wages_list, Unset):
            bls_area_wages_list = UNSET
        elif isinstance(self.bls_area_wages_list, list):
            bls_area_wages_list = []
            for bls_area_wages_list_type_0_item_data in self.bls_area_wages_list:
                bls_area_wages_list_type_0_item = bls_area_wages_list_type_0_item_data.to_dict()
                bls_area_wages_list.append(bls_area_wages_list_type_0_item)

        else:
            bls_area_wages_list = self.bls_area_wages_list

        wage_year = self.wage_year

        soc_data = self.soc_data

        soc_wage_info: dict[str, Any] | None | Unset
        if isinstance(self.soc_wage_info, Unset):
            soc_wage_info = UNSET
        elif isinstance(self.soc_wage_info, SocInfo):
            soc_wage_info = self.soc_wage_info.to_dict()
        else:
            soc_wage_info = self.soc_wage_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if national_wages_list is not UNSET:
            field_dict["NationalWagesList"] = national_wages_list
        if state_wages_list is not UNSET:
            field_dict["StateWagesList"] = state_wages_list
        if bls_area_wages_list is not UNSET:
            field_dict["BLSAreaWagesList"] = bls_area_wages_list
        if wage_year is not UNSET:
            field_dict["WageYear"] = wage_year
        if soc_data is not UNSET:
            field_dict["SocData"] = soc_data
        if soc_wage_info is not UNSET:
            field_dict["SocWageInfo"] = soc_wage_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _national_wages_list = src_dict.get("NationalWagesList", UNSET)
        national_wages_list: list[WagePercentiles] | Unset = UNSET
        if _national_wages_list is not UNSET:
            national_wages_list = []
            for national_wages_list_item_data in _national_wages_list:
                national_wages_list_item = WagePercentiles.from_dict(national_wages_list_item_data)

                national_wages_list.append(national_wages_list_item)

        def _parse_state_wages_list(data: object) -> list[WagePercentiles] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                state_wages_list_type_0 = []
                _state_wages_list_type_0 = data
                for state_wages_list_type_0_item_data in _state_wages_list_type_0:
                    state_wages_list_type_0_item = WagePercentiles.from_dict(state_wages_list_type_0_item_data)

                    state_wages_list_type_0.append(state_wages_list_type_0_item)

                return state_wages_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WagePercentiles] | None | Unset, data)

        state_wages_list = _parse_state_wages_list(src_dict.get("StateWagesList", UNSET))

        def _parse_bls_area_wages_list(data: object) -> list[WagePercentiles] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bls_area_wages_list_type_0 = []
                _bls_area_wages_list_type_0 = data
                for bls_area_wages_list_type_0_item_data in _bls_area_wages_list_type_0:
                    bls_area_wages_list_type_0_item = WagePercentiles.from_dict(bls_area_wages_list_type_0_item_data)

                    bls_area_wages_list_type_0.append(bls_area_wages_list_type_0_item)

                return bls_area_wages_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WagePercentiles] | None | Unset, data)

        bls_area_wages_list = _parse_bls_area_wages_list(src_dict.get("BLSAreaWagesList", UNSET))

        wage_year = src_dict.get("WageYear", UNSET)

        soc_data = src_dict.get("SocData", UNSET)

        def _parse_soc_wage_info(data: object) -> None | SocInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                soc_wage_info_type_0 = SocInfo.from_dict(data)

                return soc_wage_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SocInfo | Unset, data)

        soc_wage_info = _parse_soc_wage_info(src_dict.get("SocWageInfo", UNSET))

        occupation_wages = cls(
            national_wages_list=national_wages_list,
            state_wages_list=state_wages_list,
            bls_area_wages_list=bls_area_wages_list,
            wage_year=wage_year,
            soc_data=soc_data,
            soc_wage_info=soc_wage_info,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_wages  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_wages.additional_properties = d
        return occupation_wages

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
from ..models.soc_info import SocInfo  # noqa: E402
from ..models.wage_percentiles import WagePercentiles  # noqa: E402
