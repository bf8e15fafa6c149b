from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfessionalAssociationsForOccupation")
_PROPERTY_NAMES = frozenset(
    {
        "source",
    }
)


@_attrs_define
class ProfessionalAssociationsForOccupation:
    """Associations related to one occupation (guessed wrapper)."""

    source: list[ProfessionalAssociation] | Unset = UNSET
    """ Associations. Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = []
            for source_item_data in self.source:
                source_item = source_item_data.to_dict()
                source.append(source_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _source = src_dict.get("source", UNSET)
        source: list[ProfessionalAssociation] | Unset = UNSET
        if _source is not UNSET:
            source = []
            for source_item_data in _source:
                source_item = ProfessionalAssociation.from_dict(source_item_data)

                source.append(source_item)

        professional_associations_for_occupation = cls(
            source=source,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return professional_associations_for_occupation  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        professional_associations_for_occupation.additional_properties = d
        return professional_associations_for_occupation

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
from ..models.professional_association import ProfessionalAssociation  # noqa: E402
