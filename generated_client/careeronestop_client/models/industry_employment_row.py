from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndustryEmploymentRow")
_PROPERTY_NAMES = frozenset(
    {
        "Industry",
        "Pctestocc",
        "MatInCode",
        "PercentChange",
        "EstimatedEmployment",
        "IagCode",
        "NumberChanged",
        "ProjectEmployment",
    }
)


@_attrs_define
class IndustryEmploymentRow:
    """One industry in the occupation's staffing pattern. The figures are numeric strings, like the other CareerOneStop
    figures; one client typed some of them as numbers.

    """

    industry: str | Unset = UNSET
    pctestocc: str | Unset = UNSET
    """ Share of the occupation working in this industry, as a numeric string.: null """
    mat_in_code: str | Unset = UNSET
    """ EP industry code. """
    percent_change: str | Unset = UNSET
    """ Projected percent change, as a numeric string.: null """
    estimated_employment: str | Unset = UNSET
    """ Base-year employment, as a numeric string.: null """
    iag_code: str | Unset = UNSET
    """ BLS Industries-at-a-Glance code. """
    number_changed: str | Unset = UNSET
    """ Projected change in employment, as a numeric string.: null """
    project_employment: str | Unset = UNSET
    """ Target-year employment, as a numeric string. The key really lacks the "ed".: null """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        industry = self.industry

        pctestocc = self.pctestocc

        mat_in_code = self.mat_in_code

        percent_change = self.percent_change

        estimated_employment = self.estimated_employment

        iag_code = self.iag_code

        number_changed = self.number_changed

        project_employment = self.project_employment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if industry is not UNSET:
            field_dict["Industry"] = industry
        if pctestocc is not UNSET:
            field_dict["Pctestocc"] = pctestocc
        if mat_in_code is not UNSET:
            field_dict["MatInCode"] = mat_in_code
        if percent_change is not UNSET:
            field_dict["PercentChange"] = percent_change
        if estimated_employment is not UNSET:
            field_dict["EstimatedEmployment"] = estimated_employment
        if iag_code is not UNSET:
            field_dict["IagCode"] = iag_code
        if number_changed is not UNSET:
            field_dict["NumberChanged"] = number_changed
        if project_employment is not UNSET:
            field_dict["ProjectEmployment"] = project_employment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        industry = src_dict.get("Industry", UNSET)

        pctestocc = src_dict.get("Pctestocc", UNSET)

        mat_in_code = src_dict.get("MatInCode", UNSET)

        percent_change = src_dict.get("PercentChange", UNSET)

        estimated_employment = src_dict.get("EstimatedEmployment", UNSET)

        iag_code = src_dict.get("IagCode", UNSET)

        number_changed = src_dict.get("NumberChanged", UNSET)

        project_employment = src_dict.get("ProjectEmployment", UNSET)

        industry_employment_row = cls(
            industry=industry,
            pctestocc=pctestocc,
            mat_in_code=mat_in_code,
            percent_change=percent_change,
            estimated_employment=estimated_employment,
            iag_code=iag_code,
            number_changed=number_changed,
            project_employment=project_employment,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return industry_employment_row  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        industry_employment_row.additional_properties = d
        return industry_employment_row

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
