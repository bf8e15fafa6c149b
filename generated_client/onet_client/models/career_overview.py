from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerOverview")
_PROPERTY_NAMES = frozenset(
    {
        "also_called",
        "code",
        "on_the_job",
        "tags",
        "title",
        "what_they_do",
    }
)


@_attrs_define
class CareerOverview:
    """Career report overview. v1.9 also carried career_video and resources; whether v2 keeps them is unknown."""

    also_called: list[CareerAlsoCalled] | Unset = UNSET
    """ Alternate titles; may hold case-only duplicates. One low-trust client types these as plain strings. """
    code: str | Unset = UNSET
    """ O*NET-SOC code. Assumed: no real body or documentation shows this field is always sent. """
    on_the_job: list[str] | Unset = UNSET
    """ Task statements (what people in the career do on the job). """
    tags: Tags | Unset = UNSET
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str | Unset = UNSET
    """ Career title (Spanish in /mpp, e.g. Enfermeros Graduados for 29-1141.00). Assumed: no real body or
    documentation shows this field is always sent. """
    what_they_do: str | Unset = UNSET
    """ Plain-language description of the career. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        also_called: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.also_called, Unset):
            also_called = []
            for also_called_item_data in self.also_called:
                also_called_item = also_called_item_data.to_dict()
                also_called.append(also_called_item)

        code = self.code

        on_the_job: list[str] | Unset = UNSET
        if not isinstance(self.on_the_job, Unset):
            on_the_job = self.on_the_job

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        title = self.title

        what_they_do = self.what_they_do

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if also_called is not UNSET:
            field_dict["also_called"] = also_called
        if code is not UNSET:
            field_dict["code"] = code
        if on_the_job is not UNSET:
            field_dict["on_the_job"] = on_the_job
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title is not UNSET:
            field_dict["title"] = title
        if what_they_do is not UNSET:
            field_dict["what_they_do"] = what_they_do

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _also_called = src_dict.get("also_called", UNSET)
        also_called: list[CareerAlsoCalled] | Unset = UNSET
        if _also_called is not UNSET:
            also_called = []
            for also_called_item_data in _also_called:
                also_called_item = CareerAlsoCalled.from_dict(also_called_item_data)

                also_called.append(also_called_item)

        code = src_dict.get("code", UNSET)

        on_the_job = cast(list[str], src_dict.get("on_the_job", UNSET))

        _tags = src_dict.get("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        title = src_dict.get("title", UNSET)

        what_they_do = src_dict.get("what_they_do", UNSET)

        career_overview = cls(
            also_called=also_called,
            code=code,
            on_the_job=on_the_job,
            tags=tags,
            title=title,
            what_they_do=what_they_do,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_overview  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_overview.additional_properties = d
        return career_overview

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
from ..models.career_also_called import CareerAlsoCalled  # noqa: E402
from ..models.tags import Tags  # noqa: E402
