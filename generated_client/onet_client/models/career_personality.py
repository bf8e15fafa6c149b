from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerPersonality")
_PROPERTY_NAMES = frozenset(
    {
        "top_interest",
        "work_styles",
    }
)


@_attrs_define
class CareerPersonality:
    """Personality section: top interest and work styles. Single v2 source; may reflect a backend mapping."""

    top_interest: CareerTopInterest | Unset = UNSET
    """ The career's strongest RIASEC interest. """
    work_styles: list[CareerWorkStyle] | Unset = UNSET
    """ Work styles, as a plain array (v1.9: {element: [...]}). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_interest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.top_interest, Unset):
            top_interest = self.top_interest.to_dict()

        work_styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_styles, Unset):
            work_styles = []
            for work_styles_item_data in self.work_styles:
                work_styles_item = work_styles_item_data.to_dict()
                work_styles.append(work_styles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if top_interest is not UNSET:
            field_dict["top_interest"] = top_interest
        if work_styles is not UNSET:
            field_dict["work_styles"] = work_styles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _top_interest = src_dict.get("top_interest", UNSET)
        top_interest: CareerTopInterest | Unset
        if isinstance(_top_interest, Unset):
            top_interest = UNSET
        else:
            top_interest = CareerTopInterest.from_dict(_top_interest)

        _work_styles = src_dict.get("work_styles", UNSET)
        work_styles: list[CareerWorkStyle] | Unset = UNSET
        if _work_styles is not UNSET:
            work_styles = []
            for work_styles_item_data in _work_styles:
                work_styles_item = CareerWorkStyle.from_dict(work_styles_item_data)

                work_styles.append(work_styles_item)

        career_personality = cls(
            top_interest=top_interest,
            work_styles=work_styles,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_personality  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_personality.additional_properties = d
        return career_personality

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
from ..models.career_top_interest import CareerTopInterest  # noqa: E402
from ..models.career_work_style import CareerWorkStyle  # noqa: E402
