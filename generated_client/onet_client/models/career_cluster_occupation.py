from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.career_cluster_ref import CareerClusterRef
    from ..models.tags import Tags


T = TypeVar("T", bound="CareerClusterOccupation")


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
        from ..models.career_cluster_ref import CareerClusterRef  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

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
        from ..models.career_cluster_ref import CareerClusterRef  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        href = d.pop("href")

        tags = Tags.from_dict(d.pop("tags"))

        title = d.pop("title")

        _career_cluster = d.pop("career_cluster", UNSET)
        career_cluster: CareerClusterRef | Unset
        if isinstance(_career_cluster, Unset):
            career_cluster = UNSET
        else:
            career_cluster = CareerClusterRef.from_dict(_career_cluster)

        _career_pathway = d.pop("career_pathway", UNSET)
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
