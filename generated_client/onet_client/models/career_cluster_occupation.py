from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerClusterOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "tags",
        "title",
        "career_cluster",
        "career_pathway",
    }
)


@_attrs_define
class CareerClusterOccupation:
    """Occupation in a Career Cluster listing."""

    code: str
    href: str
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    career_cluster: CareerClusterRef | Unset = UNSET
    """ Career Cluster or sub-cluster an occupation is assigned to. """
    career_pathway: CareerClusterRef | Unset = UNSET
    """ Career Cluster or sub-cluster an occupation is assigned to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        href = self.href

        tags = self.tags.to_dict()

        title = self.title

        career_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.career_cluster, Unset):
            career_cluster = self.career_cluster.to_dict()

        career_pathway: dict[str, Any] | Unset = UNSET
        if not isinstance(self.career_pathway, Unset):
            career_pathway = self.career_pathway.to_dict()

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
        if career_cluster is not UNSET:
            field_dict["career_cluster"] = career_cluster
        if career_pathway is not UNSET:
            field_dict["career_pathway"] = career_pathway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        href = src_dict["href"]

        tags = Tags.from_dict(src_dict["tags"])

        title = src_dict["title"]

        _career_cluster = src_dict.get("career_cluster", UNSET)
        career_cluster: CareerClusterRef | Unset
        if isinstance(_career_cluster, Unset):
            career_cluster = UNSET
        else:
            career_cluster = CareerClusterRef.from_dict(_career_cluster)

        _career_pathway = src_dict.get("career_pathway", UNSET)
        career_pathway: CareerClusterRef | Unset
        if isinstance(_career_pathway, Unset):
            career_pathway = UNSET
        else:
            career_pathway = CareerClusterRef.from_dict(_career_pathway)

        career_cluster_occupation = cls(
            code=code,
            href=href,
            tags=tags,
            title=title,
            career_cluster=career_cluster,
            career_pathway=career_pathway,
        )

        if len(src_dict) == 4 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_cluster_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_cluster_occupation.additional_properties = d
        return career_cluster_occupation

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
from ..models.career_cluster_ref import CareerClusterRef  # noqa: E402
from ..models.tags import Tags  # noqa: E402
