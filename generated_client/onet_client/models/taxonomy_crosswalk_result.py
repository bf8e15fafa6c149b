from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taxonomy_target_occupation import TaxonomyTargetOccupation


T = TypeVar("T", bound="TaxonomyCrosswalkResult")


@_attrs_define
class TaxonomyCrosswalkResult:
    """Taxonomy conversion result for one source code."""

    code: str
    """ The requested code in the source taxonomy. """
    occupation: list[TaxonomyTargetOccupation]
    """ Corresponding occupation(s) in the target taxonomy; a split gives several. """
    title: str
    """ Title of the source occupation. """
    description: str | Unset = UNSET
    """ Description of the source occupation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.taxonomy_target_occupation import TaxonomyTargetOccupation  # noqa: PLC0415

        code = self.code

        occupation = []
        for occupation_item_data in self.occupation:
            occupation_item = occupation_item_data.to_dict()
            occupation.append(occupation_item)

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "occupation": occupation,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taxonomy_target_occupation import TaxonomyTargetOccupation  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        occupation = []
        _occupation = d.pop("occupation")
        for occupation_item_data in _occupation:
            occupation_item = TaxonomyTargetOccupation.from_dict(occupation_item_data)

            occupation.append(occupation_item)

        title = d.pop("title")

        description = d.pop("description", UNSET)

        taxonomy_crosswalk_result = cls(
            code=code,
            occupation=occupation,
            title=title,
            description=description,
        )

        taxonomy_crosswalk_result.additional_properties = d
        return taxonomy_crosswalk_result

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
