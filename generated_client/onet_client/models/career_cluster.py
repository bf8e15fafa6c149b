from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.career_sub_cluster_link import CareerSubClusterLink


T = TypeVar("T", bound="CareerCluster")


@_attrs_define
class CareerCluster:
    """A Career Cluster of the National Career Clusters Framework (Advance CTE, 2024 edition)."""

    code: str
    href: str
    """ Link to the occupations in this cluster. """
    title: str
    sub_cluster: list[CareerSubClusterLink] | Unset = UNSET
    """ Sub-clusters of this cluster (guess by analogy with STEM job_family links; may be absent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.career_sub_cluster_link import CareerSubClusterLink  # noqa: PLC0415

        code = self.code

        href = self.href

        title = self.title

        sub_cluster: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_cluster, Unset):
            sub_cluster = []
            for sub_cluster_item_data in self.sub_cluster:
                sub_cluster_item = sub_cluster_item_data.to_dict()
                sub_cluster.append(sub_cluster_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "href": href,
                "title": title,
            }
        )
        if sub_cluster is not UNSET:
            field_dict["sub_cluster"] = sub_cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.career_sub_cluster_link import CareerSubClusterLink  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        href = d.pop("href")

        title = d.pop("title")

        _sub_cluster = d.pop("sub_cluster", UNSET)
        sub_cluster: list[CareerSubClusterLink] | Unset = UNSET
        if _sub_cluster is not UNSET:
            sub_cluster = []
            for sub_cluster_item_data in _sub_cluster:
                sub_cluster_item = CareerSubClusterLink.from_dict(sub_cluster_item_data)

                sub_cluster.append(sub_cluster_item)

        career_cluster = cls(
            code=code,
            href=href,
            title=title,
            sub_cluster=sub_cluster,
        )

        career_cluster.additional_properties = d
        return career_cluster

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
