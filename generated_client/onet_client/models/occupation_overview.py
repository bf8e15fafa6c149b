from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationOverview")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "custom_contents",
        "description",
        "details_contents",
        "summary_contents",
        "tags",
        "title",
        "also_see",
        "bright_outlook",
        "sample_of_reported_titles",
        "updated",
    }
)


@_attrs_define
class OccupationOverview:
    """Overview record of an O*NET-SOC occupation with links to its report sections."""

    code: str
    """ O*NET-SOC code. """
    custom_contents: list[ContentLink]
    """ Custom reports available (work activities outline). """
    description: str
    """ Occupation description. """
    details_contents: list[ContentLink]
    """ Details report sections available for this occupation. """
    summary_contents: list[ContentLink]
    """ Summary report sections available for this occupation. """
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    """ Occupation title. """
    also_see: list[OccupationItem] | Unset = UNSET
    """ Closely related more specific or sibling occupations. """
    bright_outlook: list[OccupationBrightOutlookCategory] | Unset = UNSET
    """ Bright Outlook categories of the occupation. """
    sample_of_reported_titles: list[str] | Unset = UNSET
    """ Job titles reported by incumbents (v1.9 sample_of_reported_job_titles). Absent from the real overview of
    41-3091.00; 7 to 10 titles on the other four captured occupations. """
    updated: OccupationOverviewUpdated | Unset = UNSET
    """ Update provenance of the occupation's data (v1.9 resource_updated). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        custom_contents = []
        for custom_contents_item_data in self.custom_contents:
            custom_contents_item = custom_contents_item_data.to_dict()
            custom_contents.append(custom_contents_item)

        description = self.description

        details_contents = []
        for details_contents_item_data in self.details_contents:
            details_contents_item = details_contents_item_data.to_dict()
            details_contents.append(details_contents_item)

        summary_contents = []
        for summary_contents_item_data in self.summary_contents:
            summary_contents_item = summary_contents_item_data.to_dict()
            summary_contents.append(summary_contents_item)

        tags = self.tags.to_dict()

        title = self.title

        also_see: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.also_see, Unset):
            also_see = []
            for also_see_item_data in self.also_see:
                also_see_item = also_see_item_data.to_dict()
                also_see.append(also_see_item)

        bright_outlook: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bright_outlook, Unset):
            bright_outlook = []
            for bright_outlook_item_data in self.bright_outlook:
                bright_outlook_item = bright_outlook_item_data.to_dict()
                bright_outlook.append(bright_outlook_item)

        sample_of_reported_titles: list[str] | Unset = UNSET
        if not isinstance(self.sample_of_reported_titles, Unset):
            sample_of_reported_titles = self.sample_of_reported_titles

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "custom_contents": custom_contents,
                "description": description,
                "details_contents": details_contents,
                "summary_contents": summary_contents,
                "tags": tags,
                "title": title,
            }
        )
        if also_see is not UNSET:
            field_dict["also_see"] = also_see
        if bright_outlook is not UNSET:
            field_dict["bright_outlook"] = bright_outlook
        if sample_of_reported_titles is not UNSET:
            field_dict["sample_of_reported_titles"] = sample_of_reported_titles
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        custom_contents = []
        _custom_contents = src_dict["custom_contents"]
        for custom_contents_item_data in _custom_contents:
            custom_contents_item = ContentLink.from_dict(custom_contents_item_data)

            custom_contents.append(custom_contents_item)

        description = src_dict["description"]

        details_contents = []
        _details_contents = src_dict["details_contents"]
        for details_contents_item_data in _details_contents:
            details_contents_item = ContentLink.from_dict(details_contents_item_data)

            details_contents.append(details_contents_item)

        summary_contents = []
        _summary_contents = src_dict["summary_contents"]
        for summary_contents_item_data in _summary_contents:
            summary_contents_item = ContentLink.from_dict(summary_contents_item_data)

            summary_contents.append(summary_contents_item)

        tags = Tags.from_dict(src_dict["tags"])

        title = src_dict["title"]

        _also_see = src_dict.get("also_see", UNSET)
        also_see: list[OccupationItem] | Unset = UNSET
        if _also_see is not UNSET:
            also_see = []
            for also_see_item_data in _also_see:
                also_see_item = OccupationItem.from_dict(also_see_item_data)

                also_see.append(also_see_item)

        _bright_outlook = src_dict.get("bright_outlook", UNSET)
        bright_outlook: list[OccupationBrightOutlookCategory] | Unset = UNSET
        if _bright_outlook is not UNSET:
            bright_outlook = []
            for bright_outlook_item_data in _bright_outlook:
                bright_outlook_item = OccupationBrightOutlookCategory.from_dict(bright_outlook_item_data)

                bright_outlook.append(bright_outlook_item)

        sample_of_reported_titles = cast(list[str], src_dict.get("sample_of_reported_titles", UNSET))

        _updated = src_dict.get("updated", UNSET)
        updated: OccupationOverviewUpdated | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = OccupationOverviewUpdated.from_dict(_updated)

        occupation_overview = cls(
            code=code,
            custom_contents=custom_contents,
            description=description,
            details_contents=details_contents,
            summary_contents=summary_contents,
            tags=tags,
            title=title,
            also_see=also_see,
            bright_outlook=bright_outlook,
            sample_of_reported_titles=sample_of_reported_titles,
            updated=updated,
        )

        if len(src_dict) == 7 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_overview  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_overview.additional_properties = d
        return occupation_overview

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
from ..models.content_link import ContentLink  # noqa: E402
from ..models.occupation_bright_outlook_category import OccupationBrightOutlookCategory  # noqa: E402
from ..models.occupation_item import OccupationItem  # noqa: E402
from ..models.occupation_overview_updated import OccupationOverviewUpdated  # noqa: E402
from ..models.tags import Tags  # noqa: E402
