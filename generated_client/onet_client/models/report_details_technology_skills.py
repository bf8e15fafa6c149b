from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportDetailsTechnologySkills")
_PROPERTY_NAMES = frozenset(
    {
        "end",
        "start",
        "total",
        "category",
        "next",
        "prev",
        "hot_technology",
        "in_demand_skills",
    }
)


@_attrs_define
class ReportDetailsTechnologySkills:
    """A page of technology-skill categories (details report)."""

    end: int
    """ Index of the last returned result (inclusive). """
    start: int
    """ Index of the first returned result (1-based). """
    total: int
    """ Number of results across all pages. """
    category: list[TechnologyCategory]
    next_: str | Unset = UNSET
    """ URL of the next page; absent on the last page. """
    prev: str | Unset = UNSET
    """ URL of the previous page; absent on the first page. """
    hot_technology: ReportResourcePointer | Unset = UNSET
    """ Small pointer to another occupation-report endpoint, carried inside technology_skills responses. """
    in_demand_skills: ReportResourcePointer | Unset = UNSET
    """ Small pointer to another occupation-report endpoint, carried inside technology_skills responses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        total = self.total

        category = []
        for category_item_data in self.category:
            category_item = category_item_data.to_dict()
            category.append(category_item)

        next_ = self.next_

        prev = self.prev

        hot_technology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hot_technology, Unset):
            hot_technology = self.hot_technology.to_dict()

        in_demand_skills: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_demand_skills, Unset):
            in_demand_skills = self.in_demand_skills.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "total": total,
                "category": category,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if hot_technology is not UNSET:
            field_dict["hot_technology"] = hot_technology
        if in_demand_skills is not UNSET:
            field_dict["in_demand_skills"] = in_demand_skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        end = src_dict["end"]

        start = src_dict["start"]

        total = src_dict["total"]

        category = []
        _category = src_dict["category"]
        for category_item_data in _category:
            category_item = TechnologyCategory.from_dict(category_item_data)

            category.append(category_item)

        next_ = src_dict.get("next", UNSET)

        prev = src_dict.get("prev", UNSET)

        _hot_technology = src_dict.get("hot_technology", UNSET)
        hot_technology: ReportResourcePointer | Unset
        if isinstance(_hot_technology, Unset):
            hot_technology = UNSET
        else:
            hot_technology = ReportResourcePointer.from_dict(_hot_technology)

        _in_demand_skills = src_dict.get("in_demand_skills", UNSET)
        in_demand_skills: ReportResourcePointer | Unset
        if isinstance(_in_demand_skills, Unset):
            in_demand_skills = UNSET
        else:
            in_demand_skills = ReportResourcePointer.from_dict(_in_demand_skills)

        report_details_technology_skills = cls(
            end=end,
            start=start,
            total=total,
            category=category,
            next_=next_,
            prev=prev,
            hot_technology=hot_technology,
            in_demand_skills=in_demand_skills,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_details_technology_skills  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_details_technology_skills.additional_properties = d
        return report_details_technology_skills

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
from ..models.report_resource_pointer import ReportResourcePointer  # noqa: E402
from ..models.technology_category import TechnologyCategory  # noqa: E402
