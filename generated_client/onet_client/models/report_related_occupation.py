from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRelatedOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "tags",
        "title",
        "supplemental",
    }
)


@_attrs_define
class ReportRelatedOccupation:
    """An occupation related to the requested one."""

    code: str
    href: str
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    supplemental: bool | Unset = UNSET
    """ Marks a lower-tier (supplemental) relation. Real bodies carry it only as true (10 of the 20 related
    occupations of each captured occupation) and leave it out otherwise; read an absent flag as false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        href = self.href

        tags = self.tags.to_dict()

        title = self.title

        supplemental = self.supplemental

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "href": href,
                "tags": tags,
                "title": title,
            }
        )
        if supplemental is not UNSET:
            field_dict["supplemental"] = supplemental

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        href = src_dict["href"]

        tags = Tags.from_dict(src_dict["tags"])

        title = src_dict["title"]

        supplemental = src_dict.get("supplemental", UNSET)

        report_related_occupation = cls(
            code=code,
            href=href,
            tags=tags,
            title=title,
            supplemental=supplemental,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return report_related_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        report_related_occupation.additional_properties = d
        return report_related_occupation

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
from ..models.tags import Tags  # noqa: E402
