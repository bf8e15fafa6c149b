from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerJobOutlook")
_PROPERTY_NAMES = frozenset(
    {
        "bright_outlook",
        "outlook",
        "salary",
    }
)


@_attrs_define
class CareerJobOutlook:
    """Job Outlook section: outlook category, Bright Outlook reasons and national wages."""

    bright_outlook: list[CareerBrightOutlookReason] | Unset = UNSET
    """ Present only when the career meets Bright Outlook criteria (v1.9: {description, category: [...]}). """
    outlook: CareerOutlook | Unset = UNSET
    """ Projected outlook for the career. """
    salary: CareerSalary | Unset = UNSET
    """ National wage figures; some careers carry only annual or only hourly figures. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bright_outlook: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bright_outlook, Unset):
            bright_outlook = []
            for bright_outlook_item_data in self.bright_outlook:
                bright_outlook_item = bright_outlook_item_data.to_dict()
                bright_outlook.append(bright_outlook_item)

        outlook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outlook, Unset):
            outlook = self.outlook.to_dict()

        salary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary, Unset):
            salary = self.salary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bright_outlook is not UNSET:
            field_dict["bright_outlook"] = bright_outlook
        if outlook is not UNSET:
            field_dict["outlook"] = outlook
        if salary is not UNSET:
            field_dict["salary"] = salary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _bright_outlook = src_dict.get("bright_outlook", UNSET)
        bright_outlook: list[CareerBrightOutlookReason] | Unset = UNSET
        if _bright_outlook is not UNSET:
            bright_outlook = []
            for bright_outlook_item_data in _bright_outlook:
                bright_outlook_item = CareerBrightOutlookReason.from_dict(bright_outlook_item_data)

                bright_outlook.append(bright_outlook_item)

        _outlook = src_dict.get("outlook", UNSET)
        outlook: CareerOutlook | Unset
        if isinstance(_outlook, Unset):
            outlook = UNSET
        else:
            outlook = CareerOutlook.from_dict(_outlook)

        _salary = src_dict.get("salary", UNSET)
        salary: CareerSalary | Unset
        if isinstance(_salary, Unset):
            salary = UNSET
        else:
            salary = CareerSalary.from_dict(_salary)

        career_job_outlook = cls(
            bright_outlook=bright_outlook,
            outlook=outlook,
            salary=salary,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_job_outlook  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_job_outlook.additional_properties = d
        return career_job_outlook

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
from ..models.career_bright_outlook_reason import CareerBrightOutlookReason  # noqa: E402
from ..models.career_outlook import CareerOutlook  # noqa: E402
from ..models.career_salary import CareerSalary  # noqa: E402
