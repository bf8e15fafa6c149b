from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsMatcherQuestion")
_PROPERTY_NAMES = frozenset(
    {
        "ElementId",
        "ElementName",
        "Question",
        "EasyReadDescription",
        "AnchorFirst",
        "AnchorLast",
        "DataPoint20",
        "DataPoint35",
        "DataPoint50",
        "DataPoint65",
        "DataPoint80",
    }
)


@_attrs_define
class SkillsMatcherQuestion:
    """One rating question. DataPoint20 to DataPoint80 are the scale values (numbers) to submit, as strings, for ratings 1
    to 5. One client also accepts numeric strings here.

    """

    element_id: str | Unset = UNSET
    """ O*NET element id. Echo it back when submitting. """
    element_name: str | Unset = UNSET
    question: str | Unset = UNSET
    easy_read_description: str | Unset = UNSET
    anchor_first: str | Unset = UNSET
    """ Label for the lowest rating. """
    anchor_last: str | Unset = UNSET
    """ Label for the highest rating. """
    data_point_20: float | Unset = UNSET
    """ Scale value to submit for rating 1. """
    data_point_35: float | Unset = UNSET
    """ Scale value to submit for rating 2. """
    data_point_50: float | Unset = UNSET
    """ Scale value to submit for rating 3. """
    data_point_65: float | Unset = UNSET
    """ Scale value to submit for rating 4. """
    data_point_80: float | Unset = UNSET
    """ Scale value to submit for rating 5. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_id = self.element_id

        element_name = self.element_name

        question = self.question

        easy_read_description = self.easy_read_description

        anchor_first = self.anchor_first

        anchor_last = self.anchor_last

        data_point_20 = self.data_point_20

        data_point_35 = self.data_point_35

        data_point_50 = self.data_point_50

        data_point_65 = self.data_point_65

        data_point_80 = self.data_point_80

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if element_id is not UNSET:
            field_dict["ElementId"] = element_id
        if element_name is not UNSET:
            field_dict["ElementName"] = element_name
        if question is not UNSET:
            field_dict["Question"] = question
        if easy_read_description is not UNSET:
            field_dict["EasyReadDescription"] = easy_read_description
        if anchor_first is not UNSET:
            field_dict["AnchorFirst"] = anchor_first
        if anchor_last is not UNSET:
            field_dict["AnchorLast"] = anchor_last
        if data_point_20 is not UNSET:
            field_dict["DataPoint20"] = data_point_20
        if data_point_35 is not UNSET:
            field_dict["DataPoint35"] = data_point_35
        if data_point_50 is not UNSET:
            field_dict["DataPoint50"] = data_point_50
        if data_point_65 is not UNSET:
            field_dict["DataPoint65"] = data_point_65
        if data_point_80 is not UNSET:
            field_dict["DataPoint80"] = data_point_80

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        element_id = src_dict.get("ElementId", UNSET)

        element_name = src_dict.get("ElementName", UNSET)

        question = src_dict.get("Question", UNSET)

        easy_read_description = src_dict.get("EasyReadDescription", UNSET)

        anchor_first = src_dict.get("AnchorFirst", UNSET)

        anchor_last = src_dict.get("AnchorLast", UNSET)

        data_point_20 = src_dict.get("DataPoint20", UNSET)

        data_point_35 = src_dict.get("DataPoint35", UNSET)

        data_point_50 = src_dict.get("DataPoint50", UNSET)

        data_point_65 = src_dict.get("DataPoint65", UNSET)

        data_point_80 = src_dict.get("DataPoint80", UNSET)

        skills_matcher_question = cls(
            element_id=element_id,
            element_name=element_name,
            question=question,
            easy_read_description=easy_read_description,
            anchor_first=anchor_first,
            anchor_last=anchor_last,
            data_point_20=data_point_20,
            data_point_35=data_point_35,
            data_point_50=data_point_50,
            data_point_65=data_point_65,
            data_point_80=data_point_80,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return skills_matcher_question  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        skills_matcher_question.additional_properties = d
        return skills_matcher_question

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
