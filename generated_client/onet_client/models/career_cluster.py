from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerCluster")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "sub_cluster",
        "title",
    }
)


@_attrs_define
class CareerCluster:
    """A Career Cluster of the National Career Clusters Framework (Advance CTE, 2024 edition)."""

    code: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    href: str | Unset = UNSET
    """ Link to the occupations in this cluster. Assumed: no real body or documentation shows this field is always
    sent. """
    sub_cluster: list[CareerSubClusterLink] | Unset = UNSET
    """ Sub-clusters of this cluster (guess by analogy with STEM job_family links; may be absent). """
    title: str | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        href = self.href

        sub_cluster: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_cluster, Unset):
            sub_cluster = []
            for sub_cluster_item_data in self.sub_cluster:
                sub_cluster_item = sub_cluster_item_data.to_dict()
                sub_cluster.append(sub_cluster_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if href is not UNSET:
            field_dict["href"] = href
        if sub_cluster is not UNSET:
            field_dict["sub_cluster"] = sub_cluster
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        href = src_dict.get("href", UNSET)

        _sub_cluster = src_dict.get("sub_cluster", UNSET)
        sub_cluster: list[CareerSubClusterLink] | Unset = UNSET
        if _sub_cluster is not UNSET:
            sub_cluster = []
            for sub_cluster_item_data in _sub_cluster:
                sub_cluster_item = CareerSubClusterLink.from_dict(sub_cluster_item_data)

                sub_cluster.append(sub_cluster_item)

        title = src_dict.get("title", UNSET)

        career_cluster = cls(
            code=code,
            href=href,
            sub_cluster=sub_cluster,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_cluster  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
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


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.career_sub_cluster_link import CareerSubClusterLink  # noqa: E402
