from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryComparisonOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "Code",
        "Title",
        "Request",
        "WageInfo",
        "SocInfo",
    }
)


@_attrs_define
class SalaryComparisonOccupation:
    """One occupation's wages in a location."""

    code: str | Unset = UNSET
    title: str | Unset = UNSET
    request: SalaryComparisonInput | Unset = UNSET
    """ Echo of what was requested. """
    wage_info: list[WagePercentiles] | Unset = UNSET
    """ Hourly and annual wage rows (wage values are strings). """
    soc_info: SocInfo | Unset = UNSET
    """ A Standard Occupational Classification (SOC) or OEWS occupation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        wage_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wage_info, Unset):
            wage_info = []
            for wage_info_item_data in self.wage_info:
                wage_info_item = wage_info_item_data.to_dict()
                wage_info.append(wage_info_item)

        soc_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.soc_info, Unset):
            soc_info = self.soc_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["Code"] = code
        if title is not UNSET:
            field_dict["Title"] = title
        if request is not UNSET:
            field_dict["Request"] = request
        if wage_info is not UNSET:
            field_dict["WageInfo"] = wage_info
        if soc_info is not UNSET:
            field_dict["SocInfo"] = soc_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("Code", UNSET)

        title = src_dict.get("Title", UNSET)

        _request = src_dict.get("Request", UNSET)
        request: SalaryComparisonInput | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = SalaryComparisonInput.from_dict(_request)

        _wage_info = src_dict.get("WageInfo", UNSET)
        wage_info: list[WagePercentiles] | Unset = UNSET
        if _wage_info is not UNSET:
            wage_info = []
            for wage_info_item_data in _wage_info:
                wage_info_item = WagePercentiles.from_dict(wage_info_item_data)

                wage_info.append(wage_info_item)

        _soc_info = src_dict.get("SocInfo", UNSET)
        soc_info: SocInfo | Unset
        if isinstance(_soc_info, Unset):
            soc_info = UNSET
        else:
            soc_info = SocInfo.from_dict(_soc_info)

        salary_comparison_occupation = cls(
            code=code,
            title=title,
            request=request,
            wage_info=wage_info,
            soc_info=soc_info,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return salary_comparison_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        salary_comparison_occupation.additional_properties = d
        return salary_comparison_occupation

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
from ..models.salary_comparison_input import SalaryComparisonInput  # noqa: E402
from ..models.soc_info import SocInfo  # noqa: E402
from ..models.wage_percentiles import WagePercentiles  # noqa: E402
